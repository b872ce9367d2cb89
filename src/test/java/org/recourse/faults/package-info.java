/**
 * The fault harness of issue 18: the packaged portal on a PostgreSQL of its own under a steady mixed load
 * ({@link org.recourse.faults.MixedLoad}), a fault, and the same consistency queries after every one
 * ({@link org.recourse.faults.Consistency}); each scenario writes its figures to {@code target/faults/<scenario>.md}.
 * The quick scenario runs in {@code mvn verify} ({@code CrashConsistencyIT}); the long ones with
 * {@code mvn -B verify -Pfaults} (docs/reliability.md).
 */
package org.recourse.faults;
