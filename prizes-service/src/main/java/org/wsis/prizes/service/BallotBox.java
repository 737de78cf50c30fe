package org.wsis.prizes.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.wsis.common.DatabaseFailures;
import org.wsis.common.overload.OverloadConfig;
import org.wsis.common.overload.Overloaded;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Group commit of votes. Requests drop their ballot here and wait without holding a thread; one
 * writer thread takes every ballot that arrived while the previous batch was committing and casts
 * them in one transaction ({@link VoteService#castAll}). Each request is answered only after its
 * batch committed (fsync and synchronous_commit stay on), so an acknowledged vote is durable. The queue
 * is bounded: when it is full a vote answers 503 at once instead of waiting without end.
 */
@ApplicationScoped
public class BallotBox {

    private static final Logger LOG = Logger.getLogger(BallotBox.class);
    private static final int ATTEMPTS = 3;

    private record Pending(VoteService.Ballot ballot, CompletableFuture<VoteService.Cast> answer, Context context,
                           long queuedAt) {
    }

    private final VoteService votes;
    private final BallotBoxConfig config;
    private final long maxWaitNanos;
    private final BlockingQueue<Pending> queue;
    private volatile boolean running;
    private Thread writer;

    public BallotBox(VoteService votes, BallotBoxConfig config, OverloadConfig overload) {
        this.votes = votes;
        this.config = config;
        this.maxWaitNanos = overload.maxQueueTime().toNanos();
        this.queue = new ArrayBlockingQueue<>(config.queueCapacity());
    }

    void start(@Observes StartupEvent event) {
        running = true;
        writer = new Thread(this::run, "vote-writer");
        writer.setDaemon(true);
        writer.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (writer != null) {
            writer.join(TimeUnit.SECONDS.toMillis(10)); // the batch in progress commits and is answered
        }
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(p -> answer(p, null, new Overloaded("shutting down"))); // not cast: the client retries
    }

    /** The vote, once its batch committed; fails with {@link Overloaded} when too many votes wait already. */
    public CompletionStage<VoteService.Cast> cast(int edition, String voter, UUID nominationId) {
        CompletableFuture<VoteService.Cast> answer = new CompletableFuture<>();
        // answered on the request's own event loop, so responses are written there, not on the writer thread
        Pending pending = new Pending(new VoteService.Ballot(edition, voter, nominationId), answer,
                Vertx.currentContext(), System.nanoTime());
        if (!running || !queue.offer(pending)) {
            answer.completeExceptionally(new Overloaded("the vote queue is full"));
        }
        return answer;
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(config.maxBatch());
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, config.maxBatch() - 1);
                write(fresh(batch));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) { // the writer must outlive any one batch
                LOG.errorf(e, "Vote batch of %d failed unexpectedly", batch.size());
                batch.forEach(p -> answer(p, null, e));
            } finally {
                batch.clear();
            }
        }
    }

    /**
     * Ballots that waited longer than {@code wsis.overload.max-queue-time} answer 503 instead of being
     * cast: when the writer falls behind, the queue is bounded in time as well as in size, and the votes
     * that are cast keep their latency.
     */
    private List<Pending> fresh(List<Pending> batch) {
        long now = System.nanoTime();
        List<Pending> fresh = new ArrayList<>(batch.size());
        for (Pending pending : batch) {
            if (now - pending.queuedAt() > maxWaitNanos) {
                answer(pending, null, new Overloaded("waited too long for its batch"));
            } else {
                fresh.add(pending);
            }
        }
        return fresh;
    }

    private void write(List<Pending> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<VoteService.Outcome> outcomes;
        try {
            outcomes = castWithRetries(batch.stream().map(Pending::ballot).toList());
        } catch (RuntimeException e) {
            if (batch.size() > 1 && !DatabaseFailures.isTransient(e)) {
                // one ballot broke the batch: cast each alone, so only that one fails
                LOG.warnf("Vote batch of %d failed (%s); casting its votes one by one", batch.size(), e.toString());
                batch.forEach(p -> write(List.of(p)));
                return;
            }
            batch.forEach(p -> answer(p, null, e));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            VoteService.Outcome outcome = outcomes.get(i);
            answer(batch.get(i), outcome.cast(), outcome.refusal());
        }
    }

    /** A deadlock or serialization failure with another instance's batch is retried, a few times. */
    private List<VoteService.Outcome> castWithRetries(List<VoteService.Ballot> ballots) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().timeout(30).call(() -> votes.castAll(ballots));
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !DatabaseFailures.isRetryableConflict(e)) {
                    throw e;
                }
            }
        }
    }

    private static void answer(Pending pending, VoteService.Cast cast, Throwable failure) {
        Runnable complete = failure == null
                ? () -> pending.answer().complete(cast)
                : () -> pending.answer().completeExceptionally(failure);
        if (pending.context() != null) {
            pending.context().runOnContext(ignored -> complete.run());
        } else {
            complete.run();
        }
    }

    /** Votes waiting for a batch now. */
    public int waiting() {
        return queue.size();
    }
}
