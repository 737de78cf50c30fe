package org.wsis.deploy.bench;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A closed-model run on the load generator's event loop: {@code concurrency} clients, each sending the
 * same request again as soon as the last is answered, until the time is up. It measures throughput;
 * latency counts from each send.
 */
final class ClosedLoop {

    private final LoadGenerator generator;
    private final int concurrency;
    private final Duration duration;
    private final PreparedRequest request;
    private final Tally tally;
    private final CountDownLatch finished = new CountDownLatch(1);
    private long endNanos;
    private int issued;
    private int active;

    ClosedLoop(LoadGenerator generator, int concurrency, Duration duration, PreparedRequest request, Tally tally) {
        this.generator = generator;
        this.concurrency = concurrency;
        this.duration = duration;
        this.request = request;
        this.tally = tally;
    }

    Tally run() throws InterruptedException {
        long cpuBefore = CpuUsage.loadGeneratorNanos();
        generator.onLoop(() -> {
            long start = System.nanoTime();
            tally.started(start);
            endNanos = start + duration.toNanos();
            active = concurrency;
            for (int c = 0; c < concurrency; c++) {
                next();
            }
        });
        long bound = duration.toNanos() + TimeUnit.MILLISECONDS.toNanos(LoadGenerator.CONNECTION_WAIT_MS
                + LoadGenerator.ANSWER_TIMEOUT_MS) + TimeUnit.SECONDS.toNanos(30);
        if (!finished.await(bound, TimeUnit.NANOSECONDS)) {
            throw new IllegalStateException("closed-loop run did not finish");
        }
        tally.loadGeneratorCpuNanos(CpuUsage.loadGeneratorNanos() - cpuBefore);
        return tally;
    }

    private void next() {
        long now = System.nanoTime();
        if (now >= endNanos) {
            if (--active == 0) {
                tally.ended(now);
                finished.countDown();
            }
            return;
        }
        generator.send(request, issued++, now, tally, this::next);
    }
}
