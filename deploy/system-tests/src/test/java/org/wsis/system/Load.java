package org.wsis.system;

import org.wsis.deploy.Service;
import org.wsis.deploy.demo.ApiClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * A steady open-model mix of votes and registrations at fixed rates, with a client-side ledger:
 * what was acknowledged (2xx), what failed with an answer (not written), and what is ambiguous
 * (no answer: may or may not have been written).
 */
public final class Load implements AutoCloseable {

    private final Api api;
    private final Edition edition;
    private final List<String[]> voteSlots = new ArrayList<>(); // voter subject, token, category
    private final Map<String, List<UUID>> nominations;
    private final String registrantPrefix;
    private final ExecutorService workers = Executors.newFixedThreadPool(12);
    private final Random random = new Random(42);
    private int nextVote;
    private int nextRegistration;
    private double issuedVotes;
    private double issuedRegistrations;

    /** "voter|category" -> nomination id, for every vote answered 2xx. */
    public final Map<String, UUID> ackedVotes = new ConcurrentHashMap<>();
    /** Votes with no answer (connection reset, timeout): may be stored. */
    public final Map<String, UUID> ambiguousVotes = new ConcurrentHashMap<>();
    /** Participant ids answered 201. */
    public final Set<UUID> ackedRegistrations = ConcurrentHashMap.newKeySet();
    /** Subjects whose registration had no answer. */
    public final Set<String> ambiguousRegistrations = ConcurrentHashMap.newKeySet();
    /** Every non-2xx status or exception, by kind. */
    public final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    public final ConcurrentLinkedQueue<Long> voteLatenciesMicros = new ConcurrentLinkedQueue<>();
    public final ConcurrentLinkedQueue<Long> registrationLatenciesMicros = new ConcurrentLinkedQueue<>();

    public Load(Api api, Edition edition, List<Edition.Person> voters, Map<String, List<UUID>> nominations,
                String registrantPrefix) {
        this.api = api;
        this.edition = edition;
        this.nominations = nominations;
        this.registrantPrefix = registrantPrefix;
        for (Edition.Person voter : voters) {
            for (String category : nominations.keySet()) {
                voteSlots.add(new String[] {voter.subject(), voter.token(), category});
            }
        }
        Collections.shuffle(voteSlots, random);
    }

    /**
     * Carries on where an earlier, drained load stopped: the next unused vote slots, and its ledger,
     * so that one ledger covers every phase of a test.
     */
    public Load continueFrom(Load previous) {
        nextVote = previous.nextVote;
        ackedVotes.putAll(previous.ackedVotes);
        ambiguousVotes.putAll(previous.ambiguousVotes);
        ackedRegistrations.addAll(previous.ackedRegistrations);
        ambiguousRegistrations.addAll(previous.ambiguousRegistrations);
        return this;
    }

    /** Issues requests at the given rates for the duration, measured on the clock. */
    public void runFor(Duration duration, double votesPerSecond, double registrationsPerSecond) {
        long end = System.nanoTime() + duration.toNanos();
        runUntil(() -> System.nanoTime() >= end, votesPerSecond, registrationsPerSecond);
    }

    /** Issues requests at the given rates until the condition holds (checked every 10 ms). */
    public void runUntil(BooleanSupplier done, double votesPerSecond, double registrationsPerSecond) {
        long start = System.nanoTime();
        double votesBefore = issuedVotes;
        double registrationsBefore = issuedRegistrations;
        while (!done.getAsBoolean()) {
            double elapsed = (System.nanoTime() - start) / 1e9;
            while (issuedVotes < votesBefore + elapsed * votesPerSecond && nextVote < voteSlots.size()) {
                String[] slot = voteSlots.get(nextVote++);
                issuedVotes++;
                workers.execute(() -> vote(slot));
            }
            while (issuedRegistrations < registrationsBefore + elapsed * registrationsPerSecond) {
                String subject = registrantPrefix + (nextRegistration++);
                issuedRegistrations++;
                workers.execute(() -> register(subject));
            }
            try {
                TimeUnit.MILLISECONDS.sleep(10); // the pacing of the open-model generator, not a wait for a condition
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    public int votesIssued() {
        return nextVote;
    }

    public int registrationsIssued() {
        return nextRegistration;
    }

    private void vote(String[] slot) {
        List<UUID> candidates = nominations.get(slot[2]);
        UUID nomination = candidates.get(Math.floorMod((slot[0] + slot[2]).hashCode(), candidates.size()));
        String key = slot[0] + "|" + slot[2];
        long start = System.nanoTime();
        try {
            ApiClient.Response response = api.send("POST", Service.PRIZES, edition.path("/votes"), slot[1],
                    Map.of("nominationId", nomination.toString()));
            voteLatenciesMicros.add((System.nanoTime() - start) / 1000);
            if (response.status() / 100 == 2) {
                ackedVotes.put(key, nomination);
            } else {
                failures.computeIfAbsent("vote " + response.status(), k -> new AtomicInteger()).incrementAndGet();
            }
        } catch (RuntimeException e) {
            ambiguousVotes.put(key, nomination);
            failures.computeIfAbsent("vote " + rootCause(e), k -> new AtomicInteger()).incrementAndGet();
        }
    }

    private void register(String subject) {
        long start = System.nanoTime();
        try {
            ApiClient.Response response = api.send("POST", Service.REGISTRATION, edition.path("/registrations"),
                    edition.token(subject), Edition.registration(subject, "GOVERNMENT", "REMOTE"));
            registrationLatenciesMicros.add((System.nanoTime() - start) / 1000);
            if (response.status() == 201) {
                ackedRegistrations.add(UUID.fromString(response.text("id")));
            } else {
                failures.computeIfAbsent("registration " + response.status(), k -> new AtomicInteger())
                        .incrementAndGet();
            }
        } catch (RuntimeException e) {
            ambiguousRegistrations.add(subject);
            failures.computeIfAbsent("registration " + rootCause(e), k -> new AtomicInteger()).incrementAndGet();
        }
    }

    private static String rootCause(Throwable e) {
        while (e.getCause() != null) {
            e = e.getCause();
        }
        return e.getClass().getSimpleName();
    }

    /** Waits for every issued request to be answered. */
    public void drain() throws InterruptedException {
        workers.shutdown();
        if (!workers.awaitTermination(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("requests still unanswered after 60 s");
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    public static String percentiles(ConcurrentLinkedQueue<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return "n=0";
        }
        return String.format("n=%d p50=%.1f ms p99=%.1f ms max=%.1f ms", sorted.size(),
                at(sorted, 0.50) / 1000.0, at(sorted, 0.99) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0);
    }

    public static long at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }
}
