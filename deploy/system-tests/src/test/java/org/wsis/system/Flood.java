package org.wsis.system;

import org.wsis.deploy.Service;
import org.wsis.deploy.bench.LoadGenerator;
import org.wsis.deploy.bench.Outcome;
import org.wsis.deploy.bench.PreparedRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An open-model flood: requests leave at their due time whatever the answers, so an overloaded service
 * sees the whole offered load (a closed model would slow down with it). The client is the bench's
 * {@link LoadGenerator}: non-blocking, with a fixed pool of keep-alive connections per service (as many
 * as a crowd of browsers would open, more than a service admits at once) and pre-encoded requests, so
 * that it costs little beside the stack. Votes repeat a fixed set of (voter, category) slots, as a
 * widely shared campaign link would; every answer is recorded in the given {@link Load}'s ledger for
 * {@link Convergence#verify}.
 */
final class Flood implements AutoCloseable {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final long TIMEOUT_MS = 5_000;

    private final Load ledger;
    private final LoadGenerator generator;
    private final List<CompletableFuture<?>> sent = new ArrayList<>();

    /**
     * Answers by kind: "vote 201", "registration 503", "vote timeout" (sent, no answer in time), "vote not
     * sent" (the generator's own pool had no connection free in time: a limit of this machine's client),
     * "vote connection error" (reset or closed; a refused connection is "not sent").
     */
    final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
    /** Latency of accepted requests from when they were sent (the service's answer time). */
    final ConcurrentLinkedQueue<Long> acceptedVoteMicros = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Long> acceptedRegistrationMicros = new ConcurrentLinkedQueue<>();

    Flood(Load ledger, int connectionsPerService) {
        this.ledger = ledger;
        // 5 s to get one of the pool's connections, 5 s for the answer; a wait queue that never fills
        this.generator = new LoadGenerator(new LoadGenerator.Limits(connectionsPerService, 100_000, TIMEOUT_MS,
                TIMEOUT_MS));
    }

    /** A vote the flood may send, and the ledger key and nomination it stands for. */
    record VoteSlot(PreparedRequest call, String key, UUID nomination) {
    }

    /** A registration (its token signed beforehand) and its subject. */
    record RegistrationSlot(PreparedRequest call, String subject) {
    }

    static VoteSlot vote(SystemStack stack, Edition edition, Edition.Person voter, String category, UUID nomination) {
        return new VoteSlot(PreparedRequest.json("POST", stack.config().port(Service.PRIZES), edition.path("/votes"),
                voter.token(), Map.of("nominationId", nomination.toString())), voter.subject() + "|" + category,
                nomination);
    }

    static RegistrationSlot registration(SystemStack stack, Edition edition, String subject) {
        return new RegistrationSlot(PreparedRequest.json("POST", stack.config().port(Service.REGISTRATION),
                edition.path("/registrations"), edition.token(subject),
                Edition.registration(subject, "GOVERNMENT", "REMOTE")), subject);
    }

    /** Offers votes (cycling over the slots) and registrations (each once) at these rates for the duration. */
    void run(long seconds, List<VoteSlot> votes, int votesPerSecond, List<RegistrationSlot> registrations,
             int registrationsPerSecond) {
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        long sentVotes = 0;
        int sentRegistrations = 0;
        while (System.nanoTime() < end) {
            double elapsed = (System.nanoTime() - start) / 1e9;
            for (; sentVotes < elapsed * votesPerSecond; sentVotes++) {
                VoteSlot slot = votes.get((int) (sentVotes % votes.size()));
                send("vote", slot.call(), acceptedVoteMicros, (status, body) -> {
                    if (status == null) {
                        ledger.ambiguousVotes.put(slot.key(), slot.nomination());
                    } else if (status / 100 == 2) {
                        ledger.ackedVotes.put(slot.key(), slot.nomination());
                    }
                });
            }
            for (; sentRegistrations < Math.min(registrations.size(), elapsed * registrationsPerSecond);
                 sentRegistrations++) {
                RegistrationSlot slot = registrations.get(sentRegistrations);
                send("registration", slot.call(), acceptedRegistrationMicros, (status, body) -> {
                    if (status == null) {
                        ledger.ambiguousRegistrations.add(slot.subject());
                    } else if (status == 201) {
                        Matcher id = ID.matcher(body);
                        if (id.find()) {
                            ledger.ackedRegistrations.add(UUID.fromString(id.group(1)));
                        }
                    }
                });
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2)); // pacing of the generator
        }
    }

    /** Sends; {@code recorded} gets the status and body, or a null status when no answer came. */
    private void send(String what, PreparedRequest call, ConcurrentLinkedQueue<Long> acceptedMicros,
                      BiConsumer<Integer, String> recorded) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        sent.add(done);
        generator.onLoop(() -> generator.send(call, (code, body, micros) -> {
            tally(what + " " + kind(code));
            if (code == Outcome.NOT_SENT_CODE) {
                // never reached the service: neither acknowledged nor ambiguous
            } else if (code < 0) {
                recorded.accept(null, null);
            } else {
                if (code / 100 == 2) {
                    acceptedMicros.add(micros);
                }
                recorded.accept(code, body);
            }
            done.complete(null);
        }));
    }

    /** Waits until every request sent has its answer (or its time-out). */
    void drain() {
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).orTimeout(60, TimeUnit.SECONDS).join();
    }

    int count(String kind) {
        AtomicInteger n = answers.get(kind);
        return n == null ? 0 : n.get();
    }

    private void tally(String kind) {
        answers.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }

    /** The status, or why there was none: "not sent", "timeout", "connection error". */
    /** "201", "503", or what happened instead of an answer: "not sent", "timeout", "connection error". */
    static String kind(int code) {
        return switch (code) {
            case Outcome.NOT_SENT_CODE -> "not sent";
            case Outcome.TIMEOUT_CODE -> "timeout";
            case Outcome.CONNECTION_ERROR_CODE -> "connection error";
            default -> String.valueOf(code);
        };
    }

    @Override
    public void close() {
        try {
            generator.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot close the load generator", e);
        }
    }
}
