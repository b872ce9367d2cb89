package org.recourse.matching.video;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One FFmpeg process run on hostile input, so that whatever the file does to FFmpeg stays in that process: an empty
 * environment, no standard input, address space, CPU time, file writes and core dumps capped by {@code ulimit}
 * (through {@code /bin/sh}, which then {@code exec}s FFmpeg: the process is FFmpeg itself), and killed with anything it
 * started at a wall-clock deadline. Standard error is kept up to 16 KB for the reason of a failure.
 */
final class SandboxedRun implements AutoCloseable {

    private static final int STDERR_KEPT = 16 * 1024;

    private final Process process;
    private final Thread stderrReader;
    private final Thread watchdog;
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private volatile boolean timedOut;

    private SandboxedRun(Process process, long deadlineNanos) {
        this.process = process;
        this.stderrReader = daemon("ffmpeg-stderr", this::keepStderr);
        this.watchdog = daemon("ffmpeg-deadline", () -> killAt(deadlineNanos));
    }

    /**
     * Starts {@code executable args} under the limits.
     *
     * @param deadlineNanos the {@link System#nanoTime()} at which the process is killed
     */
    static SandboxedRun start(Path executable, List<String> args, long memoryBytes, long deadlineNanos) {
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(deadlineNanos - System.nanoTime()) + 1);
        // -v: address space in KiB; -t: CPU seconds (a backstop, the watchdog kills first); -f 0: no file written
        // (pipes are not files); -c 0: no core dump of a crashed decoder holding the video's pixels.
        String limits = "ulimit -v " + memoryBytes / 1024 + " && ulimit -t " + seconds
                + " && ulimit -f 0 && ulimit -c 0 && exec \"$0\" \"$@\"";
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", limits, executable.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        // glibc reserves 64 MiB of address space per thread arena; FFmpeg 7 runs a thread per stage, so without this
        // the address-space limit would measure reservations, not use.
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        try {
            SandboxedRun run = new SandboxedRun(builder.start(), deadlineNanos);
            run.stderrReader.start();
            run.watchdog.start();
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + executable + ".", e);
        }
    }

    /** The process's standard output. */
    InputStream output() {
        return process.getInputStream();
    }

    /** Waits for the end of the process (bounded by the deadline) and gives its exit code. */
    int waitFor() {
        try {
            int code = process.waitFor();
            stderrReader.join(TimeUnit.SECONDS.toMillis(5));
            return code;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            throw new IllegalStateException("Interrupted while FFmpeg ran.", e);
        }
    }

    /** Whether the watchdog killed the process at the deadline. */
    boolean timedOut() {
        return timedOut;
    }

    /** The start of what the process wrote to standard error. */
    String errors() {
        synchronized (stderr) {
            return stderr.toString(StandardCharsets.UTF_8);
        }
    }

    /** Kills the process and anything it started, at once. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    @Override
    public void close() {
        kill();
        watchdog.interrupt();
    }

    private void killAt(long deadlineNanos) {
        try {
            long left = deadlineNanos - System.nanoTime();
            if (left > 0 && process.waitFor(left, TimeUnit.NANOSECONDS)) {
                return;
            }
            timedOut = process.isAlive();
            kill();
        } catch (InterruptedException closed) {
            // The run was closed before its deadline: nothing left to watch.
        }
    }

    private void keepStderr() {
        byte[] buffer = new byte[4096];
        try (InputStream in = process.getErrorStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                synchronized (stderr) {
                    stderr.write(buffer, 0, Math.max(0, Math.min(n, STDERR_KEPT - stderr.size())));
                }
            }
        } catch (IOException closed) {
            // The process was killed: what was read so far is kept.
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }
}
