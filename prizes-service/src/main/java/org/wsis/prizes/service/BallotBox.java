package org.wsis.prizes.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.wsis.common.batch.GroupCommit;
import org.wsis.common.overload.OverloadConfig;
import org.wsis.common.overload.Overloaded;
import org.wsis.common.ratelimit.RateLimiter;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionStage;

/**
 * Group commit of votes ({@link GroupCommit}): every ballot that arrived while the previous batch was
 * committing is cast in one transaction ({@link VoteService#castAll}); a request is answered only
 * after its batch committed, and waits without holding a thread.
 */
@ApplicationScoped
public class BallotBox {

    private final GroupCommit<VoteService.Ballot, VoteService.Cast> votes;

    /** Each batch first counts its votes against the rate limits, in its own transaction. */
    private final MeterRegistry registry;
    /** {@code wsis.votes.cast} per edition (never per voter): looked up once per edition, not per vote. */
    private final Map<Integer, Counter> castPerEdition = new ConcurrentHashMap<>();

    public BallotBox(VoteService service, BallotBoxConfig config, OverloadConfig overload, RateLimiter limits,
                     MeterRegistry registry) {
        this.registry = registry;
        this.votes = new GroupCommit<>("vote", config.queueCapacity(), config.maxBatch(), overload.maxQueueTime(),
                service::castAll, limits.gate());
    }

    void start(@Observes StartupEvent event) {
        votes.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        votes.stop();
    }

    /** The vote, once its batch committed; fails with {@link Overloaded} when too many votes wait already. */
    public CompletionStage<VoteService.Cast> cast(int edition, String voter, UUID nominationId) {
        return votes.submit(new VoteService.Ballot(edition, voter, nominationId)).thenApply(cast -> {
            if (cast.created()) {
                castPerEdition.computeIfAbsent(edition, e -> Counter.builder("wsis.votes.cast")
                        .tag("edition", String.valueOf(e)).description("Votes cast and committed")
                        .register(registry)).increment();
            }
            return cast;
        });
    }

    /** Votes waiting for a batch now. */
    public int waiting() {
        return votes.waiting();
    }
}
