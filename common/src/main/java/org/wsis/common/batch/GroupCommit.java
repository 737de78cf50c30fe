package org.wsis.common.batch;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
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
 * either, an item answers {@link Overloaded} (503) instead of waiting without end. A {@link Gate} (the
 * rate limits) may refuse items in the batch's own transaction before they are written.
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

    /**
     * What a batch checks in its own transaction before its writer runs: one refusal (or null) per item,
     * from the ticket each item's request left ({@link #attachTicket}; null for an item without one).
     * Refused items are answered with their refusal and not written; the batch commits either way.
     */
    @FunctionalInterface
    public interface Gate {
        List<RuntimeException> check(List<Object> tickets);
    }

    private static final String TICKET = GroupCommit.class.getName() + ".ticket";

    private record Pending<I, O>(I item, CompletableFuture<O> answer, Context context, long queuedAt, Object ticket,
                                 SpanContext trace) {
    }

    private final String name;
    private final int maxBatch;
    private final long maxWaitNanos;
    private final BatchWriter<I, O> writer;
    private final Gate gate;
    private final BlockingQueue<Pending<I, O>> queue;
    private volatile boolean running;
    private Thread thread;

    public GroupCommit(String name, int queueCapacity, int maxBatch, Duration maxWait, BatchWriter<I, O> writer) {
        this(name, queueCapacity, maxBatch, maxWait, writer, null);
    }

    /** A group commit whose batches pass {@code gate} first, in their own transaction. */
    public GroupCommit(String name, int queueCapacity, int maxBatch, Duration maxWait, BatchWriter<I, O> writer,
                       Gate gate) {
        this.name = name;
        this.maxBatch = maxBatch;
        this.maxWaitNanos = maxWait.toNanos();
        this.writer = writer;
        this.gate = gate;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
    }

    /**
     * Leaves a ticket on the request's (duplicated) Vert.x context: the next item the request submits to
     * a gated group commit carries it to its batch's {@link Gate}.
     */
    public static void attachTicket(Context request, Object ticket) {
        request.putLocal(TICKET, ticket);
    }

    /** The ticket no gated group commit took, if any; it is removed. */
    public static Object detachTicket(Context request) {
        Object ticket = request.getLocal(TICKET);
        if (ticket != null) {
            request.removeLocal(TICKET);
        }
        return ticket;
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
        Context context = Vertx.currentContext();
        Object ticket = gate != null && context != null ? detachTicket(context) : null;
        Pending<I, O> pending = new Pending<>(item, answer, context, System.nanoTime(), ticket,
                Span.current().getSpanContext());
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
        Span span = batchSpan(batch);
        try (Scope ignored = span.makeCurrent()) {
            outcomes = writeWithRetries(batch);
        } catch (RuntimeException e) {
            span.recordException(e).setStatus(StatusCode.ERROR);
            if (batch.size() > 1 && !DatabaseFailures.isTransient(e)) {
                // one item broke the batch: write each alone, so only that one fails
                LOG.warnf("%s batch of %d failed (%s); writing its items one by one", name, batch.size(), e.toString());
                batch.forEach(p -> write(List.of(p)));
                return;
            }
            batch.forEach(p -> answer(p, null, e));
            return;
        } finally {
            span.end();
        }
        for (int i = 0; i < batch.size(); i++) {
            Outcome<O> outcome = outcomes.get(i);
            answer(batch.get(i), outcome.result(), outcome.refusal());
        }
    }

    /**
     * The span the batch's writes run in, so that the events they write to the outbox carry a trace: a
     * child of the first traced request's span, linked to the others' (one commit serves many requests,
     * as a batch consumer serves many messages). Without traced requests, or outside a Quarkus
     * application, a span that records nothing.
     */
    private Span batchSpan(List<Pending<I, O>> batch) {
        SpanContext first = null;
        for (Pending<I, O> pending : batch) {
            if (pending.trace().isValid()) {
                first = pending.trace();
                break;
            }
        }
        ArcContainer container = Arc.container();
        if (first == null || container == null) {
            return Span.getInvalid();
        }
        SpanBuilder builder = container.select(Tracer.class).get().spanBuilder(name + " batch")
                .setParent(io.opentelemetry.context.Context.root().with(Span.wrap(first)))
                .setAttribute("wsis.batch.size", batch.size());
        for (Pending<I, O> pending : batch) {
            if (pending.trace().isValid() && pending.trace() != first) {
                builder.addLink(pending.trace());
            }
        }
        return builder.startSpan();
    }

    /** A deadlock or serialization failure with another instance's batch is retried, a few times. */
    private List<Outcome<O>> writeWithRetries(List<Pending<I, O>> batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().timeout(30).call(() -> gatedWrite(batch));
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !DatabaseFailures.isRetryableConflict(e)) {
                    throw e;
                }
            }
        }
    }

    /** The gate's refusals, then the writer for the items it let through: one outcome per item, in order. */
    private List<Outcome<O>> gatedWrite(List<Pending<I, O>> batch) {
        if (gate == null) {
            return writer.writeAll(batch.stream().map(Pending::item).toList());
        }
        List<RuntimeException> refusals = gate.check(batch.stream().map(Pending::ticket).toList());
        List<I> admitted = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            if (refusals.get(i) == null) {
                admitted.add(batch.get(i).item());
            }
        }
        List<Outcome<O>> written = admitted.isEmpty() ? List.of() : writer.writeAll(admitted);
        List<Outcome<O>> outcomes = new ArrayList<>(batch.size());
        int next = 0;
        for (int i = 0; i < batch.size(); i++) {
            outcomes.add(refusals.get(i) != null ? Outcome.refused(refusals.get(i)) : written.get(next++));
        }
        return outcomes;
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
