package org.wsis.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.wsis.deploy.Service;
import org.wsis.deploy.bench.LoadGenerator;
import org.wsis.deploy.bench.Outcome;
import org.wsis.deploy.bench.PreparedRequest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

/**
 * A steady open-model mix of votes and registrations at fixed rates, sent through the bench's
 * non-blocking {@link LoadGenerator}, with a client-side ledger:
 * what was acknowledged (2xx), what failed with an answer (not written), and what is ambiguous
 * (no answer: may or may not have been written).
 */
public final class Load implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Api api;
    private final Edition edition;
    private final List<String[]> voteSlots = new ArrayList<>(); // voter subject, token, category
    private final Map<String, List<UUID>> nominations;
    private final String registrantPrefix;
    /**
     * The bench's non-blocking client (12 connections per service, 20 s for a connection and for an
     * answer), made on the first request: a load used only as a ledger (by {@link Flood}) needs none.
     */
    private LoadGenerator generator;
    private final Queue<CompletableFuture<Void>> sent = new ConcurrentLinkedQueue<>();
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
                vote(slot);
            }
            while (issuedRegistrations < registrationsBefore + elapsed * registrationsPerSecond) {
                String subject = registrantPrefix + (nextRegistration++);
                issuedRegistrations++;
                register(subject);
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
        send("vote", Service.PRIZES, port -> PreparedRequest.json("POST", port, edition.path("/votes"), slot[1],
                Map.of("nominationId", nomination.toString())), voteLatenciesMicros, (code, body) -> {
                    if (code / 100 == 2) {
                        ackedVotes.put(key, nomination);
                    } else if (code == Outcome.TIMEOUT_CODE || code == Outcome.CONNECTION_ERROR_CODE) {
                        ambiguousVotes.put(key, nomination); // sent, no answer: may be stored
                    }
                });
    }

    private void register(String subject) {
        send("registration", Service.REGISTRATION, port -> PreparedRequest.json("POST", port,
                edition.path("/registrations"), edition.token(subject),
                Edition.registration(subject, "GOVERNMENT", "REMOTE")), registrationLatenciesMicros, (code, body) -> {
                    if (code == 201) {
                        ackedRegistrations.add(UUID.fromString(JSON.readTree(body).path("id").asText()));
                    } else if (code == Outcome.TIMEOUT_CODE || code == Outcome.CONNECTION_ERROR_CODE) {
                        ambiguousRegistrations.add(subject);
                    }
                });
    }

    private interface Recorded {
        void answered(int code, String body) throws Exception;
    }

    /**
     * Sends without waiting to the next instance in rotation; the answer (or why there was none) goes to
     * the ledger. Anything but a 2xx counts as a failure by kind ("vote 503", "registration connection
     * error"); a request never sent (connection refused, or none within 20 s) is neither acknowledged
     * nor ambiguous. A broken connection takes that instance out of rotation, as a failed health check
     * would, when another is in; a request that never reached it goes to another one, as a load balancer
     * retries a refused connection.
     */
    private CompletableFuture<Void> send(String what, Service service, IntFunction<PreparedRequest> call,
                                         Queue<Long> latencies, Recorded recorded) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        sent.add(done);
        if (generator == null) {
            generator = new LoadGenerator(new LoadGenerator.Limits(12, 100_000, 20_000, 20_000));
        }
        LoadGenerator client = generator;
        Rotation rotation = api.rotation();
        int port = rotation.next(service);
        rotation.started(port);
        client.onLoop(() -> client.send(call.apply(port), (code, body, micros) -> {
            rotation.finished(port);
            boolean broken = code == Outcome.NOT_SENT_CODE || code == Outcome.CONNECTION_ERROR_CODE;
            if (broken && rotation.hasAlternative(service, port)) {
                rotation.takeOut(port); // as a failed health check would
                if (code == Outcome.NOT_SENT_CODE) { // never reached the instance: safe to send elsewhere
                    send(what, service, call, latencies, recorded).whenComplete((ignored, error) -> done.complete(null));
                    return;
                }
            }
            try {
                if (code > 0) {
                    latencies.add(micros);
                }
                if (code / 100 != 2) {
                    failures.computeIfAbsent(what + " " + Flood.kind(code), k -> new AtomicInteger()).incrementAndGet();
                    rotation.failed(port, what + " " + Flood.kind(code) + (body == null ? "" : " " + problemDetail(body)));
                }
                recorded.answered(code, body);
            } catch (Exception e) {
                failures.computeIfAbsent(what + " unreadable answer", k -> new AtomicInteger()).incrementAndGet();
            } finally {
                done.complete(null);
            }
        }));
        return done;
    }

    private static String problemDetail(String body) {
        try {
            return JSON.readTree(body).path("detail").asText("");
        } catch (Exception e) {
            return "";
        }
    }

    /** Waits for every issued request to be answered, then closes the client: a drained load sends no more. */
    public void drain() {
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).orTimeout(60, TimeUnit.SECONDS).join();
        close();
    }

    @Override
    public void close() {
        if (generator == null) {
            return;
        }
        try {
            generator.close();
            generator = null;
        } catch (Exception e) {
            throw new IllegalStateException("the load generator did not close", e);
        }
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
