/**
 * How {@code java -jar recourse.jar} starts: {@link org.recourse.platform.launch.Launcher} is the uber jar's main class
 * (put there at package time, see pom.xml's {@code runnable-jar-launcher}); it runs Payara Micro in a second JVM with
 * the embedded mode's flags and the jar's class archive when the command gave no JVM flags of its own
 * ({@link org.recourse.platform.launch.Relaunch} decides), and in its own JVM otherwise. Plain JDK only: it runs before
 * Payara exists, and it is not part of the web application.
 */
package org.recourse.platform.launch;
