package org.recourse.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged portal ({@code target/recourse.jar}) as a separate operating-system process, the way it runs in
 * production: its own JVM, its own environment, a loopback port of its own. Tests can kill it outright (SIGKILL, as
 * a power cut or the OOM killer would) or stop it in order, and read its whole log afterwards.
 *
 * <p>Each instance gets a working directory {@code target/payara/<name>-<port>/} holding its log ({@code server.log})
 * and Payara's runtime directory (deleted on {@link #close()}), so a relative {@code ./data} never reaches a
 * developer's own database and nothing piles up in /tmp. The start-up timeout (180 s) can be raised with
 * {@code -Dpayara.startup.timeout=<seconds>} on a crowded machine.
 */
public final class PayaraProcess implements AutoCloseable {

    /** JVM flags when the {@code micro.jvm.flags} system property is not set (outside failsafe): as in the pom. */
    public static final String DEFAULT_JVM_FLAGS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx512m";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(Long.getLong("payara.startup.timeout", 180));
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final String READY = "ready in";
    /** What a JVM killed by signal 9 reports as its exit status (128 + 9). */
    private static final int KILLED_BY_SIGKILL = 137;

    private final Process process;
    private final int port;
    private final Path workDir;
    private final Path log;
    private final URI base;

    private PayaraProcess(Process process, int port, Path workDir) {
        this.process = process;
        this.port = port;
        this.workDir = workDir;
        this.log = workDir.resolve("server.log");
        this.base = URI.create("http://127.0.0.1:" + port + "/");
        // Never outlive the tests, even when they end without closing this.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    }

    /** Starts the portal with this environment and the JVM flags of the build, and waits until it serves "/". */
    public static PayaraProcess start(String name, Map<String, String> environment) {
        return start(name, environment, splitFlags(System.getProperty("micro.jvm.flags", DEFAULT_JVM_FLAGS)));
    }

    /** Starts the portal with this environment and these JVM flags, and waits until it serves "/". */
    public static PayaraProcess start(String name, Map<String, String> environment, List<String> jvmFlags) {
        Path jar = Path.of(System.getProperty("recourse.jar", "target/recourse.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: run `mvn -DskipTests package` first");
        }
        int port = freeLoopbackPort();
        Path workDir = Path.of("target", "payara", name + "-" + port).toAbsolutePath();
        Path log = workDir.resolve("server.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        // START-FAST (issue 18 §3): the class archive `mvn package` records for this very jar, as the jar's launcher uses
        // it (less CPU per boot, see docs/benchmarks.md); a stale or missing archive is ignored by the JVM.
        command.addAll(classArchiveFlags(jar));
        // The runtime directory below target/ rather than a new one in /tmp for every start (and kill).
        command.addAll(List.of("-jar", jar.toString(), "--port", Integer.toString(port), "--nocluster",
                "--rootdir", workDir.resolve("runtime").toString()));
        try {
            Files.createDirectories(workDir);
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            // The flags are on the command line; failsafe's JDK_JAVA_OPTIONS would only repeat them.
            builder.environment().remove("JDK_JAVA_OPTIONS");
            // Only the settings given count: none of the developer's own RECOURSE_* variables leak in.
            builder.environment().keySet().removeIf(variable -> variable.startsWith("RECOURSE_"));
            // One secrets key for every process of a test, as every node of a deployment shares one: a restarted or
            // second node must open what the first sealed (each process has a working folder, so a data folder, of its
            // own).
            builder.environment().put("RECOURSE_SECRETS_KEY", JpaDatabase.SECRETS_KEY);
            builder.environment().putAll(environment);
            PayaraProcess payara = new PayaraProcess(builder.start(), port, workDir);
            payara.awaitReady();
            return payara;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + command, e);
        }
    }

    /**
     * Settings as the environment variables that override them: {@code recourse.db.url -> RECOURSE_DB_URL},
     * {@code recourse.rate-limit.reports -> RECOURSE_RATE_LIMIT_REPORTS}.
     */
    public static Map<String, String> environment(Map<String, String> settings) {
        Map<String, String> environment = new java.util.LinkedHashMap<>();
        settings.forEach((key, value) -> environment.put(
                key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_'), value));
        return environment;
    }

    /** START-FAST: {@code -XX:SharedArchiveFile} for the jar's archive ({@code recourse.jsa} beside it), if there is one. */
    static List<String> classArchiveFlags(Path jar) {
        Path archive = jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", "") + ".jsa");
        return Files.isRegularFile(archive)
                ? List.of("-XX:SharedArchiveFile=" + archive, "-XX:+UnlockDiagnosticVMOptions",
                        "-XX:ArchiveRelocationMode=0", "-Xlog:cds=off", "-Xlog:cds+dynamic=off")
                : List.of();
    }

    static List<String> splitFlags(String flags) {
        return Arrays.stream(flags.trim().split("\\s+")).filter(flag -> !flag.isEmpty()).toList();
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    /** Polls the log for Payara's "ready in" and then "/" for a 200; fails with the log's tail otherwise. */
    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue()
                        + " while starting. Log " + log + " ends:\n" + tail(80));
            }
            if (log().contains(READY) && answersHome(client)) {
                return;
            }
            pause(Duration.ofMillis(250));
        }
        process.destroyForcibly();
        throw new IllegalStateException("Payara Micro was not ready within " + STARTUP_TIMEOUT.toSeconds()
                + " s. Log " + log + " ends:\n" + tail(80));
    }

    private boolean answersHome(HttpClient client) {
        try {
            HttpRequest home = HttpRequest.newBuilder(base).timeout(Duration.ofSeconds(10)).GET().build();
            return client.send(home, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI base() {
        return base;
    }

    public int port() {
        return port;
    }

    /** The operating-system process id of the portal's JVM. */
    public long pid() {
        return process.pid();
    }

    /** Stdout and stderr of the process. */
    public Path logFile() {
        return log;
    }

    /** Where the process runs: its log, and its runtime directory (Payara's config, logs, exploded application). */
    public Path workDirectory() {
        return workDir;
    }

    /** Everything the process has written to stdout and stderr so far. */
    public String log() {
        try {
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last lines of the log, for failure messages. */
    public String tail(int lines) {
        List<String> all = log().lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Kills the JVM with SIGKILL: no shutdown hook, no transaction completion, no flush. On Linux
     * {@link Process#destroyForcibly()} sends signal 9; the exit status 137 (128 + 9) proves that is what happened.
     *
     * @return the exit status, always 137
     */
    public int kill() {
        process.destroyForcibly();
        int status = waitForExit(STOP_TIMEOUT);
        if (status != KILLED_BY_SIGKILL) {
            throw new IllegalStateException("Expected death by SIGKILL (exit status 137), got " + status);
        }
        return status;
    }

    /**
     * Stops the JVM in order with SIGTERM (Payara undeploys, pools and H2 close their files), and kills it if it is
     * still running after a minute.
     *
     * @return the exit status
     */
    public int stop() {
        if (!process.isAlive()) {
            return process.exitValue();
        }
        process.destroy();
        try {
            if (process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                return process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
        return waitForExit(STOP_TIMEOUT);
    }

    private int waitForExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("Payara Micro (pid " + process.pid() + ") did not end");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the process and deletes its runtime directory (about 150 MB), keeping the log. */
    @Override
    public void close() {
        stop();
        Path runtime = workDir.resolve("runtime");
        if (Files.isDirectory(runtime)) {
            try (java.util.stream.Stream<Path> files = Files.walk(runtime)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                // Only disk space is lost; `mvn clean` removes it.
            }
        }
    }

    @Override
    public String toString() {
        return "Payara Micro pid " + process.pid() + " at " + base;
    }
}
