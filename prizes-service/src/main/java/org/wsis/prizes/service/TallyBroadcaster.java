package org.wsis.prizes.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.wsis.common.overload.Overloaded;
import org.wsis.common.reference.ActionLine;
import org.wsis.prizes.repository.TallyRepository;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The live tallies of every open stream, published once per watched edition whatever the number of
 * watchers and votes. One thread checks each watched edition every {@link TallyStreamConfig#interval()}:
 * it reads the edition's change {@link TallyRepository.Mark mark} (one small query), and only when the
 * mark moved reads the tallies, once, and hands them to all of the edition's subscribers. The mark is
 * read from the database, so votes cast through any instance show. An edition nobody watches costs
 * nothing; a subscriber that leaves (the client disconnects) is dropped at once, and the edition with it
 * when it was the last.
 */
@ApplicationScoped
public class TallyBroadcaster {

    private static final Logger LOG = Logger.getLogger(TallyBroadcaster.class);

    private record Snapshot(TallyRepository.Mark mark, Map<ActionLine, List<TallyRepository.Row>> tallies) {
    }

    /** One watched edition: its subscribers, and what they were last sent (guarded by the instance). */
    private static final class Watched {
        final Set<MultiEmitter<? super Map<ActionLine, List<TallyRepository.Row>>>> subscribers =
                ConcurrentHashMap.newKeySet();
        Snapshot latest;
        long sentAt;

        /** Sends under the lock, so that a subscriber never gets older tallies after newer ones. */
        synchronized void publish(Snapshot snapshot) {
            latest = snapshot;
            sentAt = System.nanoTime();
            subscribers.forEach(subscriber -> subscriber.emit(snapshot.tallies()));
        }

        /** Sends the latest again when nothing was sent for {@code quiet} nanoseconds. */
        synchronized void heartbeat(long quiet) {
            if (latest != null && System.nanoTime() - sentAt >= quiet) {
                publish(latest);
            }
        }
    }

    private final TallyQueries queries;
    private final TallyStreamConfig config;
    /** Exactly the editions with subscribers: one is added with its first and removed with its last. */
    private final Map<Integer, Watched> watched = new ConcurrentHashMap<>();
    private ScheduledExecutorService executor;
    private boolean failing;

    public TallyBroadcaster(TallyQueries queries, TallyStreamConfig config) {
        this.queries = queries;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "tally-stream");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.interval().toMillis();
        executor.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    /** Ends every stream, so that clients reconnect (to another instance) instead of waiting on a dead one. */
    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
        watched.values().forEach(w -> w.subscribers.forEach(MultiEmitter::complete));
    }

    /**
     * The edition's tallies now, then each time they change (at most once per interval), and again after
     * each heartbeat without a change. Blocking: it reads the tallies before any stream starts, so that a
     * missing contest fails here (404) and not in the middle of a stream; beyond
     * {@link TallyStreamConfig#maxSubscribers()} it fails with {@link Overloaded} (503).
     */
    public Multi<Map<ActionLine, List<TallyRepository.Row>>> watch(int edition) {
        if (subscribers() >= config.maxSubscribers()) { // about: concurrent requests may pass together
            throw new Overloaded("tally streams");
        }
        TallyRepository.Mark mark = queries.mark(edition); // first: the tallies read after it are at least as new
        Snapshot now = new Snapshot(mark, queries.tallies(edition));
        return Multi.createFrom().emitter(subscriber -> join(edition, subscriber, now), BackPressureStrategy.LATEST);
    }

    /** Open streams on this instance. */
    public int subscribers() {
        return watched.values().stream().mapToInt(w -> w.subscribers.size()).sum();
    }

    /** Open streams of one edition on this instance. */
    public int subscribers(int edition) {
        Watched w = watched.get(edition);
        return w == null ? 0 : w.subscribers.size();
    }

    private void join(int edition, MultiEmitter<? super Map<ActionLine, List<TallyRepository.Row>>> subscriber,
                      Snapshot now) {
        Watched w = watched.compute(edition, (e, existing) -> {
            Watched joined = existing != null ? existing : new Watched();
            joined.subscribers.add(subscriber);
            return joined;
        });
        // after the add: a subscriber already cancelled runs this at once, so it cannot stay behind
        subscriber.onTermination(() -> leave(edition, subscriber));
        synchronized (w) {
            if (w.latest == null) {
                w.latest = now;
                w.sentAt = System.nanoTime();
            }
            // the edition's latest: at most one interval old, and the next tick sends anything newer
            subscriber.emit(w.latest.tallies());
        }
    }

    private void leave(int edition, MultiEmitter<?> subscriber) {
        watched.computeIfPresent(edition, (e, w) -> {
            w.subscribers.remove(subscriber);
            return w.subscribers.isEmpty() ? null : w;
        });
    }

    /** One round over the watched editions (what the schedule runs; it must never throw, or it stops). */
    void tick() {
        boolean failed = false;
        for (Map.Entry<Integer, Watched> entry : watched.entrySet()) {
            try {
                refresh(entry.getKey(), entry.getValue());
            } catch (RuntimeException e) {
                failed = true;
                if (!failing) { // once per streak: a database outage would otherwise log every interval
                    LOG.warnf("Updating the tally streams failed (%s); they keep their last tallies", e.toString());
                }
            }
        }
        failing = failed;
    }

    private void refresh(int edition, Watched w) {
        Snapshot latest;
        synchronized (w) {
            latest = w.latest;
        }
        if (latest == null) {
            return; // its first subscriber is joining
        }
        TallyRepository.Mark mark = queries.mark(edition);
        if (mark.equals(latest.mark())) {
            w.heartbeat(config.heartbeat().toNanos());
        } else {
            w.publish(new Snapshot(mark, queries.tallies(edition)));
        }
    }
}
