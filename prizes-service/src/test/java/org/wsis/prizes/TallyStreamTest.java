package org.wsis.prizes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wsis.infra.testing.TestApplication;
import org.wsis.infra.testing.TestEditions;
import org.wsis.common.overload.OverloadGuard;
import org.wsis.prizes.service.TallyBroadcaster;
import org.wsis.prizes.service.TallyStreamConfig;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * GET /tallies/stream as a web page's backend follows it: the tallies at once, then each change within
 * about a second, never more than about one event a second however many votes arrive, votes counted
 * behind this instance's back included; only organisers and reviewers; a client that leaves is let go; and
 * open streams take no place from the requests the overload guard admits.
 */
@QuarkusTest
class TallyStreamTest {

    private static final int EDITION = TestEditions.next();
    private static final String STREAM = "/editions/" + EDITION + "/tallies/stream";
    private static final Duration WITHIN = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(WITHIN).build();

    private static String health;
    private static String cooperation;

    @Inject
    TallyBroadcaster broadcaster;
    @Inject
    TallyStreamConfig config;
    @Inject
    OverloadGuard guard;

    @BeforeAll
    static void votingContest() {
        TestApplication.pointRestAssured();
        Api.openContest(EDITION, 3);
        health = Api.submit(EDITION, "C7_E_HEALTH", "Stream Clinic");
        cooperation = Api.submit(EDITION, "C11", "Stream Alliance");
        Api.advanceTo(EDITION, "REVIEW");
        Api.review(EDITION, health, "NOMINATE");
        Api.review(EDITION, cooperation, "NOMINATE");
        Api.advanceTo(EDITION, "VOTING");
    }

    @Test
    void organisersGetTheTalliesAtOnceThenEachChange() {
        Participants.Registration voter = Participants.confirmed(EDITION);
        try (EventStream stream = EventStream.open(Api.organiser())) {
            assertThat(stream.response.statusCode()).isEqualTo(200);
            assertThat(stream.response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/event-stream"));
            assertThat(stream.response.headers().firstValue("X-Accel-Buffering")).as("no proxy buffering").hasValue("no");
            JsonNode first = stream.next();
            assertThat(first).as("the first event is GET /tallies").isEqualTo(tallies());

            long before = first.get("totalVotes").asLong();
            Api.vote(EDITION, voter.subject(), health).then().statusCode(201);
            JsonNode counted = stream.nextMatching(t -> t.get("totalVotes").asLong() == before + 1);
            assertThat(votes(counted, health)).isEqualTo(votes(first, health) + 1);
            assertThat(counted).isEqualTo(tallies());

            // a vote another instance counted: its commit moves the same counters, behind this instance's back
            Db.update("UPDATE nomination_tally SET votes = votes + 5 WHERE nomination_id = '" + cooperation + "'");
            JsonNode elsewhere = stream.nextMatching(t -> t.get("totalVotes").asLong() == before + 6);
            assertThat(votes(elsewhere, cooperation)).isEqualTo(votes(first, cooperation) + 5);
        }
    }

    @Test
    void manyVotesMakeAtMostAboutOneEventASecond() {
        int count = 20;
        List<Participants.Registration> voters = Participants.confirmed(EDITION, count);
        try (EventStream stream = EventStream.open(Api.organiser())) {
            long before = stream.next().get("totalVotes").asLong();
            long started = System.nanoTime();
            voters.forEach(v -> Api.vote(EDITION, v.subject(), health).then().statusCode(201));
            stream.nextMatching(t -> t.get("totalVotes").asLong() == before + count);
            stream.drain(Duration.ofSeconds(2)); // anything still coming
            double seconds = (System.nanoTime() - started) / 1e9;
            int events = stream.received() - 1;
            System.out.printf("%d votes: %d events in %.1f s%n", count, events, seconds);
            // one per interval (1 s) at most, plus one of slack for where the ticks fall; far from one per vote
            assertThat(events).as(count + " votes over %.1f s", seconds)
                    .isBetween(1, (int) Math.ceil(seconds / config.interval().toMillis() * 1000) + 1);
        }
    }

    @Test
    void reviewersMayWatchParticipantsAndAnonymousMayNot() {
        try (EventStream stream = EventStream.open(Api.reviewer())) {
            assertThat(stream.response.statusCode()).isEqualTo(200);
            assertThat(stream.next()).isEqualTo(tallies());
        }
        given().auth().oauth2(Api.participant(Api.newSubject())).accept("text/event-stream").get(STREAM)
                .then().statusCode(403).contentType(startsWith("application/problem+json"));
        given().accept("text/event-stream").get(STREAM)
                .then().statusCode(401).contentType(startsWith("application/problem+json"));
    }

    @Test
    void anEditionWithoutAContestIsNotFoundBeforeAnyStream() {
        int none = TestEditions.next();
        given().auth().oauth2(Api.organiser()).accept("text/event-stream").get("/editions/{e}/tallies/stream", none)
                .then().statusCode(404).contentType(startsWith("application/problem+json")).body("status", equalTo(404));
        assertThat(broadcaster.subscribers(none)).isZero();
    }

    @Test
    void aClientThatLeavesIsLetGoAndStreamsAreBounded() {
        // streams other tests cut are let go as this one's will be
        await().atMost(WITHIN).until(() -> broadcaster.subscribers() == 0);
        List<EventStream> streams = new ArrayList<>();
        try {
            int room = config.maxSubscribers();
            for (int i = 0; i < room; i++) {
                EventStream stream = EventStream.open(Api.organiser());
                streams.add(stream);
                stream.next();
            }
            assertThat(broadcaster.subscribers(EDITION)).isEqualTo(room);
            // streaming, they hold none of the places the overload guard keeps for requests in progress
            await().atMost(WITHIN).untilAsserted(() -> assertThat(guard.inFlight()).isZero());
            given().auth().oauth2(Api.organiser()).accept("text/event-stream").get(STREAM)
                    .then().statusCode(503).contentType(startsWith("application/problem+json"))
                    .header("Retry-After", org.hamcrest.Matchers.notNullValue());

            streams.remove(0).close();
            await().atMost(WITHIN).until(() -> broadcaster.subscribers(EDITION) == room - 1);
        } finally {
            streams.forEach(EventStream::close);
        }
        await().atMost(WITHIN).until(() -> broadcaster.subscribers(EDITION) == 0);
        assertThat(broadcaster.subscribers(EDITION)).as("every subscriber released").isZero();
    }

    private static JsonNode tallies() {
        return read(Api.as(Api.organiser()).get("/editions/{edition}/tallies", EDITION).then().statusCode(200)
                .extract().asString());
    }

    private static long votes(JsonNode tallies, String nominationId) {
        for (JsonNode category : tallies.get("categories")) {
            for (JsonNode nomination : category.get("nominations")) {
                if (nomination.get("nominationId").asText().equals(nominationId)) {
                    return nomination.get("votes").asLong();
                }
            }
        }
        throw new AssertionError(nominationId + " not in " + tallies);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stream as a client follows it: a reader thread parses each event's data into a queue. */
    private static final class EventStream implements AutoCloseable {

        final HttpResponse<InputStream> response;
        private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
        private int received;

        private EventStream(HttpResponse<InputStream> response) {
            this.response = response;
            Thread reader = new Thread(this::read, "tally-stream-client");
            reader.setDaemon(true);
            reader.start();
        }

        static EventStream open(String token) {
            int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + STREAM))
                    .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token)
                    .timeout(WITHIN) // for the status and headers; the body streams on
                    .build();
            try {
                return new EventStream(HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                StringBuilder data = new StringBuilder();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("data:")) {
                        data.append(line.substring(line.startsWith("data: ") ? 6 : 5));
                    } else if (line.isEmpty() && !data.isEmpty()) {
                        events.add(TallyStreamTest.read(data.toString()));
                        data.setLength(0);
                    }
                }
            } catch (IOException e) {
                // closed by the test
            }
        }

        /** The next event, within the deadline. */
        JsonNode next() {
            try {
                JsonNode event = events.poll(WITHIN.toMillis(), TimeUnit.MILLISECONDS);
                if (event == null) {
                    fail("no event within " + WITHIN.toSeconds() + " s");
                }
                received++;
                return event;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** The first event to match, within the deadline. */
        JsonNode nextMatching(Predicate<JsonNode> condition) {
            long deadline = System.nanoTime() + WITHIN.toNanos();
            List<JsonNode> seen = new ArrayList<>();
            while (System.nanoTime() < deadline) {
                try {
                    JsonNode event = events.poll(Math.max(1, (deadline - System.nanoTime()) / 1_000_000),
                            TimeUnit.MILLISECONDS);
                    if (event != null) {
                        received++;
                        if (condition.test(event)) {
                            return event;
                        }
                        seen.add(event);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            throw new AssertionError("no matching event within " + WITHIN.toSeconds() + " s; saw " + seen);
        }

        /** Takes whatever arrives for {@code span}. */
        void drain(Duration span) {
            long end = System.nanoTime() + span.toNanos();
            try {
                for (long left = span.toMillis(); left > 0; left = (end - System.nanoTime()) / 1_000_000) {
                    if (events.poll(left, TimeUnit.MILLISECONDS) != null) {
                        received++;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Events taken so far. */
        int received() {
            return received;
        }

        @Override
        public void close() {
            try {
                response.body().close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
