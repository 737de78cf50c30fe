package org.wsis.deploy.bench;

import org.wsis.deploy.Service;
import org.wsis.deploy.StackState;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time (user + system, from /proc) spent by each part of the stack, and by the load generator
 * itself, so that a scenario can say where its CPU budget went: on a 2-core machine every component
 * and the load generator share the same two cores. The load generator's figure is kept apart, so the
 * stack's figure measures the services, PostgreSQL and Kafka only.
 */
final class CpuUsage {

    static final String LOAD_GENERATOR = "loadGenerator";
    static final String STACK = "stack";
    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    /** CPU seconds of each stack component, and the load generator's own CPU nanoseconds. */
    record Sample(Map<String, Double> componentSeconds, long loadGeneratorNanos) {
    }

    private final Map<String, Long> pids = new LinkedHashMap<>();

    /** Every component the supervisor runs: each instance, each Kafka node, PostgreSQL. */
    CpuUsage(StackState state) {
        state.components().forEach(c -> pids.put(c.name(), c.process().pid()));
    }

    /** PostgreSQL: the postmaster and all its backends. */
    Sample sample() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        pids.forEach((name, pid) -> seconds.put(name, (name.equals("postgres") ? withChildren(pid) : ticks(pid))
                / TICKS_PER_SECOND));
        return new Sample(seconds, loadGeneratorNanos());
    }

    /**
     * Milliseconds of CPU per operation between two samples: each component, their sum as
     * {@value #STACK}, and the load generator as {@value #LOAD_GENERATOR}.
     */
    static Map<String, Object> perOperation(Sample before, Sample after, long operations) {
        Map<String, Object> millis = new LinkedHashMap<>();
        double total = 0;
        long n = Math.max(1, operations);
        for (Map.Entry<String, Double> entry : after.componentSeconds().entrySet()) {
            double used = entry.getValue() - before.componentSeconds().getOrDefault(entry.getKey(), 0.0);
            total += used;
            millis.put(entry.getKey(), round(used * 1000 / n));
        }
        millis.put(STACK, round(total * 1000 / n));
        millis.put(LOAD_GENERATOR, round((after.loadGeneratorNanos() - before.loadGeneratorNanos()) / 1e6 / n));
        return millis;
    }

    /** This JVM's CPU time in nanoseconds (the platform MXBean, else /proc/self/stat). */
    static long loadGeneratorNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long nanos = os.getProcessCpuTime();
            if (nanos >= 0) {
                return nanos;
            }
        }
        return (long) (ticks(ProcessHandle.current().pid()) / TICKS_PER_SECOND * 1e9);
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static long withChildren(long parent) {
        long sum = ticks(parent);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path dir : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                List<String> fields = stat(dir.resolve("stat"));
                if (fields.size() > 15 && fields.get(1).equals(String.valueOf(parent))) {
                    sum += Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12));
                }
            }
        } catch (IOException e) {
            return sum; // /proc unreadable: the parent's own figure
        }
        return sum;
    }

    private static long ticks(long pid) {
        List<String> fields = stat(Path.of("/proc", String.valueOf(pid), "stat"));
        return fields.size() > 15 ? Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12)) : 0;
    }

    /** The fields after "pid (comm)" of /proc/PID/stat: state, ppid, ... (utime is index 11, stime 12). */
    private static List<String> stat(Path file) {
        try {
            String line = Files.readString(file);
            return List.of(line.substring(line.lastIndexOf(')') + 2).trim().split(" "));
        } catch (IOException | RuntimeException e) {
            return List.of(); // the process ended meanwhile
        }
    }
}
