package org.wsis.deploy;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A process recorded in the state file. The start instant guards against pid reuse: a pid whose
 * process started at another time is someone else's process and is never signalled.
 */
public record ProcessRef(long pid, String startedAt) {

    public static ProcessRef of(ProcessHandle handle) {
        return new ProcessRef(handle.pid(), handle.info().startInstant().map(Object::toString).orElse(null));
    }

    public static Optional<ProcessRef> ofPid(long pid) {
        return pid > 0 ? ProcessHandle.of(pid).map(ProcessRef::of) : Optional.empty();
    }

    /** The live process this record describes, if it still runs. */
    public Optional<ProcessHandle> live() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(h -> startedAt == null
                        || h.info().startInstant().map(i -> i.toString().equals(startedAt)).orElse(true));
    }

    public boolean alive() {
        return live().isPresent();
    }

    /** SIGTERM, then SIGKILL once {@code grace} has passed. True if it had to be killed. */
    public boolean terminate(Duration grace) throws InterruptedException {
        Optional<ProcessHandle> handle = live();
        if (handle.isEmpty()) {
            return false;
        }
        handle.get().destroy();
        if (awaitExit(handle.get(), grace)) {
            return false;
        }
        handle.get().destroyForcibly();
        awaitExit(handle.get(), Duration.ofSeconds(10));
        return true;
    }

    static boolean awaitExit(ProcessHandle handle, Duration timeout) throws InterruptedException {
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !handle.isAlive();
        }
    }
}
