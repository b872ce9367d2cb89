package org.recourse.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * CPU time spent by the portal's JVM, by PostgreSQL (the postmaster, its live children and the children it has
 * reaped) and by this JVM (the load generator or the JDBC clients). On a shared two-core machine the CPU cost of a
 * report is a steadier figure than its rate, which depends on whatever else is running. Linux only (/proc).
 */
final class CpuMeter {

    /** CPU nanoseconds consumed so far by each party. */
    record Sample(long portal, long postgres, long client) {
        Sample minus(Sample earlier) {
            return new Sample(portal - earlier.portal, postgres - earlier.postgres, client - earlier.client);
        }
    }

    /** /proc reports times in USER_HZ, which is 100 on every Linux ABI. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final long portalPid;
    private final long postmasterPid;

    CpuMeter(long portalPid, long postmasterPid) {
        this.portalPid = portalPid;
        this.postmasterPid = postmasterPid;
    }

    Sample sample() {
        long portal = ProcessHandle.of(portalPid).flatMap(p -> p.info().totalCpuDuration()).map(Duration::toNanos)
                .orElse(0L);
        long postgres = ticks(postmasterPid, true) + ProcessHandle.of(postmasterPid).stream()
                .flatMap(ProcessHandle::children).mapToLong(child -> ticks(child.pid(), false)).sum();
        long client = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        return new Sample(portal, postgres * NANOS_PER_TICK, client);
    }

    /** utime + stime of a process, plus cutime + cstime (its reaped children) if asked; 0 once it is gone. */
    private static long ticks(long pid, boolean withReapedChildren) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // Fields after the command name, which is in parentheses and may contain spaces.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return withReapedChildren ? own + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : own;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
