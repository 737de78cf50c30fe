package org.wsis.deploy.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * One open-model run on the load generator's event loop: a timer wakes it when the next request is
 * due, and it sends every request whose due time has come, answered or not the ones before.
 */
final class OpenLoop {

    private final LoadGenerator generator;
    private final ArrivalSchedule schedule;
    private final IntFunction<PreparedRequest> requests;
    private final Tally tally;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile long startNanos;
    private long cpuBefore;
    private int next;
    private int completed;

    OpenLoop(LoadGenerator generator, ArrivalSchedule schedule, IntFunction<PreparedRequest> requests, Tally tally) {
        this.generator = generator;
        this.schedule = schedule;
        this.requests = requests;
        this.tally = tally;
    }

    void start() {
        cpuBefore = CpuUsage.loadGeneratorNanos();
        startNanos = System.nanoTime();
        tally.started(startNanos);
        if (schedule.count() == 0) {
            finish();
            return;
        }
        generator.onLoop(this::sendWhatIsDue);
    }

    /** System.nanoTime() at which the last request is due: when the load stops. */
    long offeringEndsAtNanos() {
        return startNanos + schedule.offeringNanos();
    }

    Tally await() throws InterruptedException {
        long bound = schedule.offeringNanos() + TimeUnit.MILLISECONDS.toNanos(LoadGenerator.CONNECTION_WAIT_MS
                + LoadGenerator.ANSWER_TIMEOUT_MS) + TimeUnit.SECONDS.toNanos(60);
        if (!finished.await(bound, TimeUnit.NANOSECONDS)) {
            throw new IllegalStateException("the load generator lost track of " + (schedule.count() - completed)
                    + " requests");
        }
        return tally;
    }

    private void sendWhatIsDue() {
        int due = schedule.dueBy(System.nanoTime() - startNanos);
        while (next < due) {
            int index = next++;
            generator.send(requests.apply(index), index, startNanos + schedule.dueNanos(index), tally,
                    this::completed);
        }
        if (next < schedule.count()) {
            long waitNanos = startNanos + schedule.dueNanos(next) - System.nanoTime();
            generator.vertx().setTimer(Math.max(1, (waitNanos + 999_999) / 1_000_000), id -> sendWhatIsDue());
        }
    }

    private void completed() {
        if (++completed == schedule.count()) {
            finish();
        }
    }

    private void finish() {
        tally.ended(System.nanoTime());
        tally.loadGeneratorCpuNanos(CpuUsage.loadGeneratorNanos() - cpuBefore);
        finished.countDown();
    }
}
