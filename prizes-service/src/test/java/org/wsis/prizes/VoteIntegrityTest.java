package org.wsis.prizes;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wsis.infra.testing.TestEditions;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.wsis.prizes.Api.anonymous;
import static org.wsis.prizes.Api.as;
import static org.wsis.prizes.Api.organiser;
import static org.wsis.prizes.Api.participant;
import static org.wsis.prizes.Api.reviewer;
import static org.wsis.prizes.Api.vote;

/**
 * Vote integrity signals: a synthetic burst (40 votes within one second, 30 of them from accounts
 * confirmed 10 minutes earlier) is flagged with both reasons and exact figures, while a steady two
 * votes a minute from long-confirmed accounts, and a handful of new-account votes, are not. The
 * application's clock is stopped at chosen instants so that every vote lands where the test says.
 */
@QuarkusTest
class VoteIntegrityTest {

    private static final int EDITION = TestEditions.next();
    private static final String SIGNALS = "/editions/{edition}/vote-integrity";
    private static final String ANOMALIES = SIGNALS + "/anomalies";

    @Inject
    TestClock clock;

    @AfterEach
    void release() {
        clock.release();
    }

    @Test
    void aBurstFromNewAccountsIsFlaggedAndASteadySpreadIsNot() {
        Api.openContest(EDITION, 3);
        String burst = Api.submit(EDITION, "C7_E_HEALTH", "Burst Clinic");
        String steady = Api.submit(EDITION, "C7_E_HEALTH", "Steady Clinic");
        String idle = Api.submit(EDITION, "C7_E_HEALTH", "Idle Clinic");
        String few = Api.submit(EDITION, "C11", "Few Votes Alliance");
        Api.advanceTo(EDITION, "REVIEW");
        List.of(burst, steady, idle, few).forEach(id -> Api.review(EDITION, id, "NOMINATE"));
        Api.advanceTo(EDITION, "VOTING");

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Participants.Registration> longStanding = Participants.confirmed(EDITION, 35, now.minus(3, ChronoUnit.HOURS));
        List<Participants.Registration> newcomers = Participants.confirmed(EDITION, 33, now.minus(10, ChronoUnit.MINUTES));
        assertThat(Db.string("SELECT confirmed_at = '" + now.minus(3, ChronoUnit.HOURS) + "' FROM eligible_voter"
                + " WHERE participant_id = '" + longStanding.get(0).participantId() + "'")).isEqualTo("t");
        // a later update does not make a long-standing account new again
        Participants.Registration updated = longStanding.get(34);
        publishAndAwaitApplied(updated, "updated");

        // steady: 4 votes half an hour ago and 1 exactly at the window's start (outside it), then 2 a minute
        castAt(now.minus(30, ChronoUnit.MINUTES), steady, longStanding.subList(0, 4));
        castAt(now.minus(10, ChronoUnit.MINUTES), steady, longStanding.subList(4, 5));
        for (int minutesAgo = 9; minutesAgo >= 0; minutesAgo--) {
            int first = 5 + 2 * (9 - minutesAgo);
            castAt(now.minus(minutesAgo, ChronoUnit.MINUTES), steady, longStanding.subList(first, first + 2));
        }
        // the burst: 30 new accounts and 10 long-standing ones at the same instant; 3 new accounts elsewhere
        castAt(now, burst, newcomers.subList(0, 30));
        castAt(now, burst, longStanding.subList(25, 35));
        castAt(now, few, newcomers.subList(30, 33));
        // erasure wipes the voter, not the signal
        Participants.publishAndAwait(newcomers.get(0), "erased", "ERASED");

        clock.stopAt(now);
        JsonPath anomalies = read(ANOMALIES);
        assertThat(anomalies.getString("windowStart")).isEqualTo(now.minus(10, ChronoUnit.MINUTES).toString());
        assertThat(anomalies.getString("windowEnd")).isEqualTo(now.toString());
        assertThat(anomalies.getMap("rule")).isEqualTo(Map.of("window", "PT10M", "newAccountAge", "PT1H",
                "minVotes", 20, "burstVotesPerMinute", 10, "burstFactor", 5.0, "newAccountShare", 0.5));
        assertThat(anomalies.getList("nominations.nominationId")).containsExactly(burst);
        assertThat(anomalies.getMap("nominations[0]")).containsAllEntriesOf(Map.ofEntries(
                Map.entry("category", "C7_E_HEALTH"), Map.entry("categoryNumber", 10),
                Map.entry("title", "Project of Burst Clinic"), Map.entry("totalVotes", 40),
                Map.entry("windowVotes", 40), Map.entry("votesPerMinute", 4.0), Map.entry("peakMinuteVotes", 40),
                Map.entry("newAccountVotes", 30), Map.entry("newAccountShare", 0.75),
                Map.entry("categoryMedianPerMinute", 2.0), Map.entry("burstThreshold", 10.0),
                Map.entry("reasons", List.of("BURST", "NEW_ACCOUNTS"))));

        // every project, in category order: the steady one is judged and clean, the few votes are not judged
        JsonPath all = read(SIGNALS);
        assertThat(all.getList("nominations.nominationId")).containsExactly(burst, steady, idle, few);
        assertThat(all.getMap("nominations[1]")).containsAllEntriesOf(Map.of("totalVotes", 25, "windowVotes", 20,
                "votesPerMinute", 2.0, "peakMinuteVotes", 2, "newAccountVotes", 0, "newAccountShare", 0.0,
                "reasons", List.of()));
        assertThat(all.getMap("nominations[2]")).containsAllEntriesOf(Map.of("totalVotes", 0, "windowVotes", 0,
                "peakMinuteVotes", 0, "newAccountShare", 0.0, "reasons", List.of()));
        assertThat(all.getMap("nominations[3]")).containsAllEntriesOf(Map.of("category", "C11", "windowVotes", 3,
                "votesPerMinute", 0.3, "peakMinuteVotes", 3, "newAccountShare", 1.0,
                "categoryMedianPerMinute", 0.3, "burstThreshold", 10.0, "reasons", List.of()));

        // ten minutes later the burst has left the window
        clock.stopAt(now.plus(10, ChronoUnit.MINUTES));
        assertThat(read(ANOMALIES).getList("nominations")).isEmpty();
    }

    @Test
    void onlyOrganisersSeeTheSignals() {
        int edition = TestEditions.next();
        int unknown = TestEditions.next(); // no contest
        Api.openContest(edition, 3);
        for (String path : List.of(SIGNALS, ANOMALIES)) {
            anonymous().get(path, edition).then().statusCode(401)
                    .contentType(startsWith("application/problem+json"));
            as(participant(Api.newSubject())).get(path, edition).then().statusCode(403)
                    .contentType(startsWith("application/problem+json"));
            as(reviewer()).get(path, edition).then().statusCode(403)
                    .contentType(startsWith("application/problem+json"));
            as(organiser()).get(path, edition).then().statusCode(200).body("nominations", hasSize(0));
            as(organiser()).get(path, unknown).then().statusCode(404)
                    .contentType(startsWith("application/problem+json"))
                    .body("type", equalTo("urn:wsis:problem:not-found"));
            as(organiser()).get(path, 1999).then().statusCode(400)
                    .contentType(startsWith("application/problem+json"));
        }
    }

    /** Each voter votes for the nomination with the application's clock stopped at {@code at}. */
    private void castAt(Instant at, String nomination, List<Participants.Registration> voters) {
        clock.stopAt(at);
        voters.forEach(v -> vote(EDITION, v.subject(), nomination).then().statusCode(201)
                .body("castAt", equalTo(at.toString())));
    }

    private static void publishAndAwaitApplied(Participants.Registration r, String what) {
        String row = "SELECT updated_at FROM eligible_voter WHERE participant_id = '" + r.participantId() + "'";
        String before = Db.string(row);
        Participants.publish(r, what);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> !before.equals(Db.string(row)));
    }

    private static JsonPath read(String path) {
        return as(organiser()).get(path, EDITION).then().statusCode(200).extract().jsonPath(
                JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
    }
}
