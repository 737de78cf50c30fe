package org.wsis.common.batch;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import org.jboss.logging.Logger;
import org.wsis.common.DatabaseFailures;
import org.wsis.common.overload.Overloaded;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Group commit: requests drop their item here and wait without holding a thread; one writer thread
 * takes every item that arrived while the previous batch was committing and writes them in one
 * transaction. Each request is answered only after its batch committed (fsync and synchronous_commit
 * stay on), so an acknowledged write is durable. The queue is bounded in size and in time: beyond
 * either, an item answers {@link Overloaded} (503) instead of waiting without end.
 *
 * @param <I> what a request asks to write
 * @param <O> what it is answered once written
 */
public final class GroupCommit<I, O> {

    private static final Logger LOG = Logger.getLogger(GroupCommit.class);
    private static final int ATTEMPTS = 3;

    /** Writes a batch inside its transaction: one outcome per item, in the same order. */
    @FunctionalInterface
    public interface BatchWriter<I, O> {
        List<Outcome<O>> writeAll(List<I> batch);
    }

    /** An item's result, or the refusal (a domain rule) it is answered with; the batch commits either way. */
    public record Outcome<O>(O result, RuntimeException refusal) {

        public static <O> Outcome<O> of(O result) {
            return new Outcome<>(result, null);
        }

        public static <O> Outcome<O> refused(RuntimeException refusal) {
            return new Outcome<>(null, refusal);
        }
    }

    private record Pending<I, O>(I item, CompletableFuture<O> answer, Context context, long queuedAt) {
    }

    private final String name;
    private final int maxBatch;
    private final long maxWaitNanos;
    private final BatchWriter<I, O> writer;
    private final BlockingQueue<Pending<I, O>> queue;
    private volatile boolean running;
    private Thread thread;

    public GroupCommit(String name, int queueCapacity, int maxBatch, Duration maxWait, BatchWriter<I, O> writer) {
        this.name = name;
        this.maxBatch = maxBatch;
        this.maxWaitNanos = maxWait.toNanos();
        this.writer = writer;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
    }

    public void start() {
        running = true;
        thread = new Thread(this::run, name + "-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** The batch in progress commits and is answered; what still waits answers 503 (not written: clients retry). */
    public void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
        List<Pending<I, O>> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(p -> answer(p, null, new Overloaded("shutting down")));
    }

    /** The item's outcome once its batch committed; fails with {@link Overloaded} when the queue is full. */
    public CompletionStage<O> submit(I item) {
        CompletableFuture<O> answer = new CompletableFuture<>();
        // answered on the request's own event loop, so responses are written there, not on the writer thread
        Pending<I, O> pending = new Pending<>(item, answer, Vertx.currentContext(), System.nanoTime());
        if (!running || !queue.offer(pending)) {
            answer.completeExceptionally(new Overloaded("the " + name + " queue is full"));
        }
        return answer;
    }

    /** Items waiting for a batch now. */
    public int waiting() {
        return queue.size();
    }

    private void run() {
        List<Pending<I, O>> batch = new ArrayList<>(maxBatch);
        while (running || !queue.isEmpty()) {
            try {
                Pending<I, O> first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                write(fresh(batch));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) { // the writer must outlive any one batch
                LOG.errorf(e, "%s batch of %d failed unexpectedly", name, batch.size());
                batch.forEach(p -> answer(p, null, e));
            } finally {
                batch.clear();
            }
        }
    }

    /**
     * Items that waited longer than the bound answer 503 instead of being written, when the writer has
     * fallen behind (this batch is full: more waits than one batch takes): the queue is then bounded in
     * time as well as in size, and the items written keep their latency. A batch that is not full takes
     * everything waiting, so its late items are written rather than refused: they waited behind one slow
     * batch (a cold JVM's first, a collection), not behind a backlog, and refusing them would gain no one
     * anything.
     */
    private List<Pending<I, O>> fresh(List<Pending<I, O>> batch) {
        if (batch.size() < maxBatch) {
            return batch;
        }
        long now = System.nanoTime();
        List<Pending<I, O>> fresh = new ArrayList<>(batch.size());
        for (Pending<I, O> pending : batch) {
            if (now - pending.queuedAt() > maxWaitNanos) {
                answer(pending, null, new Overloaded("waited too long for its batch"));
            } else {
                fresh.add(pending);
            }
        }
        return fresh;
    }

    private void write(List<Pending<I, O>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<Outcome<O>> outcomes;
        try {
            outcomes = writeWithRetries(batch.stream().map(Pending::item).toList());
        } catch (RuntimeException e) {
            if (batch.size() > 1 && !DatabaseFailures.isTransient(e)) {
                // one item broke the batch: write each alone, so only that one fails
                LOG.warnf("%s batch of %d failed (%s); writing its items one by one", name, batch.size(), e.toString());
                batch.forEach(p -> write(List.of(p)));
                return;
            }
            batch.forEach(p -> answer(p, null, e));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            Outcome<O> outcome = outcomes.get(i);
            answer(batch.get(i), outcome.result(), outcome.refusal());
        }
    }

    /** A deadlock or serialization failure with another instance's batch is retried, a few times. */
    private List<Outcome<O>> writeWithRetries(List<I> items) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().timeout(30).call(() -> writer.writeAll(items));
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !DatabaseFailures.isRetryableConflict(e)) {
                    throw e;
                }
            }
        }
    }

    private static <I, O> void answer(Pending<I, O> pending, O result, Throwable failure) {
        Runnable complete = failure == null
                ? () -> pending.answer().complete(result)
                : () -> pending.answer().completeExceptionally(failure);
        if (pending.context() != null) {
            pending.context().runOnContext(ignored -> complete.run());
        } else {
            complete.run();
        }
    }
}
