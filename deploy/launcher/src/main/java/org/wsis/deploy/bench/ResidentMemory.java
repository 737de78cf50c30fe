package org.wsis.deploy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's resident memory (VmRSS in /proc/PID/status). */
final class ResidentMemory {

    private ResidentMemory() {
    }

    /** Megabytes, or -1 when the process is gone. */
    static long megabytes(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(l -> l.startsWith("VmRSS:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024)
                    .findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    static boolean running(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
