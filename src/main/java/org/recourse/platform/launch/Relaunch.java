package org.recourse.platform.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether and how {@link Launcher} starts Payara Micro in a second JVM. The manifest of a jar cannot carry JVM flags,
 * and JDK 17 has no way for a running JVM to take up a class archive, so {@code java -jar recourse.jar} gets the
 * embedded mode's flags by running the same jar again with them. Only when the command gave no JVM flag at all
 * (neither on the command line nor through {@code JDK_JAVA_OPTIONS} or {@code JAVA_TOOL_OPTIONS}): whoever sets flags
 * (production, the tests, a benchmark) gets exactly their JVM and no second process. The relaunched JVM has flags, so
 * it never relaunches again.
 */
public final class Relaunch {

    /**
     * The embedded mode's JVM flags, each measured (docs/benchmarks.md, "Start-up and memory"): the C1-only JIT (a
     * boot is mostly code run once; C2 would compile it at the cost of the cores the boot needs), the serial collector
     * with a small initial heap and a small young generation, giving memory back after a full collection (G1's default
     * initial heap alone is 1/64 of the machine's memory), and smaller thread stacks.
     */
    static final List<String> EMBEDDED_FLAGS = List.of("-XX:+UseSerialGC", "-Xms64m", "-Xmn12m",
            "-XX:MaxHeapFreeRatio=40", "-XX:MinHeapFreeRatio=15", "-XX:TieredStopAtLevel=1", "-Xss512k");

    /**
     * With the class archive: map it where it was recorded (JDK 17 maps it elsewhere by default and then rewrites every
     * pointer in it, which costs CPU and makes all of its pages private memory); the JVM falls back by itself.
     */
    static final List<String> ARCHIVE_FLAGS = List.of("-XX:+UnlockDiagnosticVMOptions",
            "-XX:ArchiveRelocationMode=0", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    /** glibc's malloc keeps up to 8 arenas a core of 64 MB each for a JVM's many threads; two are plenty here. */
    static final Map<String, String> EMBEDDED_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    /** The system property that marks the relaunched JVM, holding the launching JVM's process id. */
    static final String PARENT_PROPERTY = "recourse.launcher.parent";

    /** The environment variables through which the java launcher adds flags. */
    private static final List<String> FLAG_VARIABLES = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS");

    private Relaunch() {
    }

    /**
     * The command that runs this jar again with the embedded flags, or empty when this JVM should run Payara itself.
     *
     * @param javaHome  this JVM's home ({@code java.home})
     * @param jvmFlags  the flags this JVM was started with (the runtime bean's input arguments)
     * @param env       this process's environment
     * @param jar       the jar this class was loaded from, when it was loaded from a jar
     * @param parentPid this process's id, handed to the second JVM
     * @param args      the program arguments (Payara Micro's options), passed on unchanged
     */
    public static Optional<List<String>> command(Path javaHome, List<String> jvmFlags, Map<String, String> env,
            Optional<Path> jar, long parentPid, List<String> args) {
        boolean flagsGiven = !jvmFlags.isEmpty()
                || FLAG_VARIABLES.stream().anyMatch(name -> !env.getOrDefault(name, "").isBlank());
        if (flagsGiven || jar.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.addAll(EMBEDDED_FLAGS);
        archiveOf(jar.get()).ifPresent(archive -> {
            // A stale archive (another JDK, a rebuilt jar) is skipped by the JVM; no warning for the newcomer.
            command.add("-XX:SharedArchiveFile=" + archive);
            command.addAll(ARCHIVE_FLAGS);
        });
        command.add("-D" + PARENT_PROPERTY + "=" + parentPid);
        command.add("-jar");
        command.add(jar.get().toString());
        command.addAll(args);
        return Optional.of(command);
    }

    /**
     * The JVM flags of a {@code java} command line given without the program: everything before {@code -jar} (the
     * whole line when there is none, so a class-path start counts as flags given and keeps one JVM).
     */
    static List<String> flagsBeforeJar(List<String> arguments) {
        int jar = arguments.indexOf("-jar");
        return jar < 0 ? arguments : arguments.subList(0, jar);
    }

    /** The class archive made for this jar at package time: beside it, same name, {@code .jsa}. */
    static Optional<Path> archiveOf(Path jar) {
        String name = jar.getFileName().toString();
        Path archive = jar.resolveSibling(name.replaceFirst("\\.jar$", "") + ".jsa");
        return Files.isRegularFile(archive) ? Optional.of(archive) : Optional.empty();
    }
}
