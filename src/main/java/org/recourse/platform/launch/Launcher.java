package org.recourse.platform.launch;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The main class of {@code recourse.jar}: Payara Micro's own main, after {@link Relaunch} has decided whether it runs
 * in this JVM or in a second one with the embedded mode's flags. As a second JVM's parent it only waits: its exit
 * status is the portal's; stopping it (Ctrl-C, SIGTERM) stops the portal in order first; and the portal ends when its
 * parent is gone even if the parent was killed outright (SIGKILL), so no portal is left behind holding the port and
 * the data folder.
 */
public final class Launcher {

    /** Payara Micro's main class, the uber jar's own before the launcher took its place. */
    static final String PAYARA_MAIN = "fish.payara.micro.PayaraMicro";
    private static final long STOP_SECONDS = 60;

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        String parent = System.getProperty(Relaunch.PARENT_PROPERTY);
        if (parent != null) {
            endWithParent(Long.parseLong(parent));
        } else {
            Optional<List<String>> command = Relaunch.command(Path.of(System.getProperty("java.home")),
                    jvmFlags(), System.getenv(), ownJar(),
                    ProcessHandle.current().pid(), List.of(args));
            if (command.isPresent()) {
                System.exit(runChild(command.get()));
                return;
            }
        }
        PublicAddress.implied(List.of(args), System.getenv(), System.getProperties())
                .ifPresent(address -> System.setProperty(PublicAddress.PROPERTY, address));
        Class.forName(PAYARA_MAIN).getMethod("main", String[].class).invoke(null, (Object) args);
        if (parent != null) {
            // Payara's main returns once the portal is deployed and serving. The start leaves much garbage in the old
            // generation (the serial collector has not needed a full collection yet): one now, and the heap it frees
            // goes back to the system (MaxHeapFreeRatio), about 100 MB of resident memory (docs/benchmarks.md).
            System.gc();
        }
    }

    private static int runChild(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        Relaunch.EMBEDDED_ENVIRONMENT.forEach(builder.environment()::putIfAbsent);
        Process child = builder.start();
        Thread stopChild = new Thread(() -> {
            if (child.isAlive()) {
                child.destroy();
                try {
                    if (!child.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
                        child.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    child.destroyForcibly();
                    Thread.currentThread().interrupt();
                }
            }
        }, "recourse-launcher-stop");
        Runtime.getRuntime().addShutdownHook(stopChild);
        return child.waitFor();
    }

    /** In the second JVM: stop in order when the launching JVM is gone, however it ended. */
    private static void endWithParent(long parentPid) {
        Optional<ProcessHandle> parent = ProcessHandle.of(parentPid);
        if (parent.isEmpty()) {
            System.exit(1);
        }
        parent.get().onExit().thenRun(() -> {
            System.err.println("Recourse: the launching process " + parentPid + " has ended; stopping.");
            System.exit(1);
        });
    }

    /**
     * The flags this JVM was started with, read from the process's own command line: the management classes that
     * would also give them ({@code RuntimeMXBean}) cost the waiting JVM some megabytes of resident memory for the
     * portal's whole life (docs/benchmarks.md). Where the command line cannot be read, those classes after all.
     */
    private static List<String> jvmFlags() {
        return ProcessHandle.current().info().arguments().map(List::of).map(Relaunch::flagsBeforeJar)
                .orElseGet(() -> java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    private static Optional<Path> ownJar() {
        try {
            CodeSource source = Launcher.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) && location.toString().endsWith(".jar")
                    ? Optional.of(location.toAbsolutePath()) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
