package org.wsis.deploy.bench;

import org.wsis.deploy.Service;
import org.wsis.deploy.StackState;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time (user + system, from /proc) spent by each part of the stack and by the load generator,
 * so that a scenario can say where its CPU budget went: on a 2-core machine every component and the
 * load generator share the same two cores.
 */
final class CpuUsage {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private final Map<String, Long> pids = new LinkedHashMap<>();

    CpuUsage(StackState state) {
        for (Service service : Service.values()) {
            state.component(service.module()).ifPresent(c -> pids.put(service.module(), c.process().pid()));
        }
        state.component("kafka").ifPresent(c -> pids.put("kafka", c.process().pid()));
        state.component("postgres").ifPresent(c -> pids.put("postgres", c.process().pid()));
        pids.put("load generator", ProcessHandle.current().pid());
    }

    /** CPU seconds used so far by each component (PostgreSQL: the postmaster and all its backends). */
    Map<String, Double> sample() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        pids.forEach((name, pid) -> seconds.put(name, (name.equals("postgres") ? withChildren(pid) : ticks(pid))
                / TICKS_PER_SECOND));
        return seconds;
    }

    /** Milliseconds of CPU per operation for each component between two samples, and their total. */
    static Map<String, Object> perOperation(Map<String, Double> before, Map<String, Double> after, long operations) {
        Map<String, Object> millis = new LinkedHashMap<>();
        double total = 0;
        for (Map.Entry<String, Double> entry : after.entrySet()) {
            double used = entry.getValue() - before.getOrDefault(entry.getKey(), 0.0);
            total += used;
            millis.put(entry.getKey(), round(used * 1000 / Math.max(1, operations)));
        }
        millis.put("total", round(total * 1000 / Math.max(1, operations)));
        return millis;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
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
