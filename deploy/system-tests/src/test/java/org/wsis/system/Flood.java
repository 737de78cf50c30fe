package org.wsis.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import org.wsis.deploy.Service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An open-model flood: requests leave at their due time whatever the answers, so an overloaded service
 * sees the whole offered load (a closed model would slow down with it). The client is non-blocking,
 * with a fixed pool of keep-alive connections per service (as many as a crowd of browsers would open,
 * more than a service admits at once) and pre-encoded requests, so that it costs little beside the
 * stack. Votes repeat a fixed set of (voter, category) slots, as a widely shared campaign link would;
 * every answer is recorded in the given {@link Load}'s ledger for {@link Convergence#verify}.
 */
final class Flood implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final long TIMEOUT_MS = 5_000;

    private final Load ledger;
    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
    private final HttpClient client;
    /** Every request is sent and answered on this one event loop, as a Vert.x client expects. */
    private final Context loop;
    private final List<CompletableFuture<?>> sent = new ArrayList<>();

    /**
     * Answers by kind: "vote 201", "registration 503", "vote timeout" (sent, no answer in time), "vote not
     * sent" (the generator's own pool had no connection free in time: a limit of this machine's client).
     */
    final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
    /** Latency of accepted requests from when they were sent (the service's answer time). */
    final ConcurrentLinkedQueue<Long> acceptedVoteMicros = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Long> acceptedRegistrationMicros = new ConcurrentLinkedQueue<>();

    Flood(Load ledger, int connectionsPerService) {
        this.ledger = ledger;
        this.client = vertx.createHttpClient(new HttpClientOptions().setProtocolVersion(HttpVersion.HTTP_1_1).setKeepAlive(true)
                        .setPipelining(false).setTcpNoDelay(true).setConnectTimeout(5_000),
                new PoolOptions().setHttp1MaxSize(connectionsPerService).setMaxWaitQueueSize(100_000));
        this.loop = vertx.getOrCreateContext();
    }

    /**
     * One request, encoded before the clock starts. Each send gets fresh RequestOptions and a fresh
     * Buffer: the client writes into the options it is given and consumes the buffer it sends.
     */
    record Call(int port, String path, String authorization, byte[] body) {
        static Call post(SystemStack stack, Service service, String path, String token, String json) {
            return new Call(stack.config().port(service), path, "Bearer " + token,
                    json.getBytes(StandardCharsets.UTF_8));
        }

        RequestOptions options() {
            return new RequestOptions().setMethod(HttpMethod.POST).setHost("127.0.0.1").setPort(port).setURI(path)
                    .setConnectTimeout(TIMEOUT_MS).setIdleTimeout(TIMEOUT_MS)
                    .setHeaders(MultiMap.caseInsensitiveMultiMap().add("Authorization", authorization)
                            .add("Content-Type", "application/json"));
        }
    }

    /** A vote the flood may send, and the ledger key and nomination it stands for. */
    record VoteSlot(Call call, String key, UUID nomination) {
    }

    /** A registration (its token signed beforehand) and its subject. */
    record RegistrationSlot(Call call, String subject) {
    }

    static VoteSlot vote(SystemStack stack, Edition edition, Edition.Person voter, String category, UUID nomination) {
        return new VoteSlot(Call.post(stack, Service.PRIZES, edition.path("/votes"), voter.token(),
                "{\"nominationId\":\"" + nomination + "\"}"), voter.subject() + "|" + category, nomination);
    }

    static RegistrationSlot registration(SystemStack stack, Edition edition, String subject) {
        try {
            String body = JSON.writeValueAsString(Edition.registration(subject, "GOVERNMENT", "REMOTE"));
            return new RegistrationSlot(Call.post(stack, Service.REGISTRATION, edition.path("/registrations"),
                    edition.token(subject), body), subject);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
    private void send(String what, Call call, ConcurrentLinkedQueue<Long> acceptedMicros,
                      BiConsumer<Integer, String> recorded) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        sent.add(done);
        loop.runOnContext(ignored -> send(call, what, acceptedMicros, recorded, done));
    }

    private void send(Call call, String what, ConcurrentLinkedQueue<Long> acceptedMicros,
                      BiConsumer<Integer, String> recorded, CompletableFuture<Void> done) {
        client.request(call.options()).onComplete(obtained -> {
            if (obtained.failed()) { // no connection of the pool free in time: never reached the service
                tally(what + " not sent");
                done.complete(null);
                return;
            }
            long sent = System.nanoTime();
            obtained.result().send(Buffer.buffer(call.body()))
                    .compose(response -> response.body().map(body -> {
                        tally(what + " " + response.statusCode());
                        if (response.statusCode() / 100 == 2) {
                            acceptedMicros.add((System.nanoTime() - sent) / 1000);
                        }
                        recorded.accept(response.statusCode(), body.toString());
                        return body;
                    }))
                    .onFailure(failure -> {
                        tally(what + " " + kind(failure));
                        recorded.accept(null, null);
                    })
                    .onComplete(ignored -> done.complete(null));
        });
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

    private static String kind(Throwable failure) {
        String name = failure.getClass().getSimpleName();
        return failure instanceof TimeoutException || name.contains("Timeout")
                || String.valueOf(failure.getMessage()).contains("timeout") ? "timeout" : name;
    }

    @Override
    public void close() {
        client.close();
        vertx.close();
    }
}
