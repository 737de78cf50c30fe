package org.wsis.prizes;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.wsis.infra.testing.ScrapedMetrics;
import org.wsis.infra.testing.TestEditions;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
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
 * Voting by participants confirmed through wsis.participants: receipts, one vote per category,
 * eligibility, tallies, and erasure.
 */
@QuarkusTest
class VotingTest {

    private static final int EDITION = TestEditions.next();
    private static final String VOTES = "/editions/" + EDITION + "/votes";

    @Test
    void confirmedParticipantsVoteOncePerCategoryAndCheckTheirReceipts() {
        Api.openContest(EDITION, 3);
        String healthA = Api.submit(EDITION, "C7_E_HEALTH", "Clinic Network");
        String healthB = Api.submit(EDITION, "C7_E_HEALTH", "Mobile Doctors");
        String cooperation = Api.submit(EDITION, "C11", "Regional Alliance");
        String rejected = Api.submit(EDITION, "C11", "Off Topic Ltd");
        Participants.Registration voter = Participants.confirmed(EDITION);

        // not yet VOTING
        vote(EDITION, voter.subject(), healthA).then().statusCode(409)
                .contentType(startsWith("application/problem+json")).body("type", equalTo("urn:wsis:problem:wrong-phase"));
        Api.advanceTo(EDITION, "REVIEW");
        Api.review(EDITION, healthA, "NOMINATE");
        Api.review(EDITION, healthB, "NOMINATE");
        Api.review(EDITION, cooperation, "NOMINATE");
        Api.review(EDITION, rejected, "REJECT");
        Api.advanceTo(EDITION, "VOTING");

        var first = vote(EDITION, voter.subject(), healthA).then().statusCode(201)
                .body("nominationId", equalTo(healthA)).body("category", equalTo("C7_E_HEALTH"))
                .extract();
        String receipt = first.path("receipt");
        String voteId = first.path("voteId");
        assertThat(receipt).matches("[A-Za-z0-9_-]{43}");
        assertThat(first.header("Location")).endsWith(VOTES + "/receipts/" + receipt);
        assertThat((String) first.path("castAt")).isNotBlank();

        // the same vote again: the original receipt; another project of the category: refused
        vote(EDITION, voter.subject(), healthA).then().statusCode(200)
                .body("receipt", equalTo(receipt)).body("voteId", equalTo(voteId));
        vote(EDITION, voter.subject(), healthB).then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:wsis:problem:already-voted-in-category"))
                .body("nominationId", equalTo(healthA));
        // another category is another vote; a project that is not on the ballot does not exist
        String second = vote(EDITION, voter.subject(), cooperation).then().statusCode(201).extract().path("receipt");
        assertThat(ScrapedMetrics.scrape().value("wsis_votes_cast_total", "edition=\"" + EDITION + "\""))
                .as("votes cast, counted per edition (a repeat and a refusal are not votes)").isEqualTo(2);
        vote(EDITION, voter.subject(), rejected).then().statusCode(404).contentType(startsWith("application/problem+json"));
        vote(EDITION, voter.subject(), UUID.randomUUID().toString()).then().statusCode(404);
        as(participant(voter.subject())).body(Map.of()).post(VOTES).then().statusCode(400)
                .body("violations[0].field", equalTo("nominationId"));
        as(organiser()).body(Map.of("nominationId", healthA)).post(VOTES).then().statusCode(403);
        anonymous().body(Map.of("nominationId", healthA)).post(VOTES).then().statusCode(401);

        // anyone with the receipt can check it; it never names the voter
        String check = anonymous().get(VOTES + "/receipts/" + receipt).then().statusCode(200)
                .body("counted", equalTo(true)).body("nominationId", equalTo(healthA))
                .body("category", equalTo("C7_E_HEALTH")).extract().asString();
        assertThat(check).doesNotContain(voter.subject()).doesNotContain(voteId);
        anonymous().get(VOTES + "/receipts/" + "x".repeat(43)).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        anonymous().get("/editions/" + TestEditions.next() + "/votes/receipts/" + receipt).then().statusCode(404);

        as(participant(voter.subject())).get(VOTES + "/me").then().statusCode(200)
                .body("items", hasSize(2)).body("items.receipt", containsInAnyOrder(receipt, second));
        as(participant(Api.newSubject())).get(VOTES + "/me").then().statusCode(200).body("items", hasSize(0));

        // tallies for the staff only, equal to the stored votes
        as(participant(voter.subject())).get("/editions/" + EDITION + "/tallies").then().statusCode(403);
        anonymous().get("/editions/" + EDITION + "/tallies").then().statusCode(401);
        as(organiser()).get("/editions/" + TestEditions.next() + "/tallies").then().statusCode(404);
        as(reviewer()).get("/editions/" + EDITION + "/tallies").then().statusCode(200)
                .body("totalVotes", equalTo(2))
                .body("categories.category", org.hamcrest.Matchers.contains("C7_E_HEALTH", "C11"))
                .body("categories[0].total", equalTo(1))
                .body("categories[0].nominations[0].nominationId", equalTo(healthA))
                .body("categories[0].nominations[0].votes", equalTo(1))
                .body("categories[0].nominations[1].votes", equalTo(0));
    }

    @Test
    void onlyConfirmedParticipantsMayVoteAndCancellationKeepsCastVotes() {
        int edition = TestEditions.next();
        Api.openContest(edition, 3);
        String health = Api.submit(edition, "C7_E_HEALTH", "Clinic Network");
        String learning = Api.submit(edition, "C7_E_LEARNING", "Open School");
        Api.advanceTo(edition, "REVIEW");
        Api.review(edition, health, "NOMINATE");
        Api.review(edition, learning, "NOMINATE");
        Api.advanceTo(edition, "VOTING");

        // never heard of
        vote(edition, Api.newSubject(), health).then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        // registered but never confirmed
        Participants.Registration pending = Participants.newRegistration(edition);
        Participants.publishAndAwait(pending, "registered", "PENDING");
        vote(edition, pending.subject(), health).then().statusCode(403);
        // rejected
        Participants.Registration rejected = Participants.newRegistration(edition);
        Participants.publishAndAwait(rejected, "registered", "PENDING");
        Participants.publishAndAwait(rejected, "rejected", "REJECTED");
        vote(edition, rejected.subject(), health).then().statusCode(403);
        // confirmed for another edition only
        Participants.Registration elsewhere = Participants.confirmed(TestEditions.next());
        vote(edition, elsewhere.subject(), health).then().statusCode(403);

        // confirmed, votes, then cancels: the vote stays counted, no new one
        Participants.Registration cancelling = Participants.confirmed(edition);
        String receipt = vote(edition, cancelling.subject(), health).then().statusCode(201).extract().path("receipt");
        Participants.publishAndAwait(cancelling, "cancelled", "CANCELLED");
        vote(edition, cancelling.subject(), learning).then().statusCode(403);
        anonymous().get("/editions/" + edition + "/votes/receipts/" + receipt).then().statusCode(200)
                .body("counted", equalTo(true));
        as(organiser()).get("/editions/" + edition + "/tallies").then().body("totalVotes", equalTo(1));
    }

    @Test
    void erasurePseudonymisesTheVotesAndWipesThePersonalFields() {
        int edition = TestEditions.next();
        Api.openContest(edition, 3);
        String health = Api.submit(edition, "C7_E_HEALTH", "Clinic Network");
        String learning = Api.submit(edition, "C7_E_LEARNING", "Open School");
        Api.advanceTo(edition, "REVIEW");
        Api.review(edition, health, "NOMINATE");
        Api.review(edition, learning, "NOMINATE");
        Api.advanceTo(edition, "VOTING");
        Participants.Registration erased = Participants.confirmed(edition);
        Participants.Registration kept = Participants.confirmed(edition);
        String r1 = vote(edition, erased.subject(), health).then().statusCode(201).extract().path("receipt");
        vote(edition, erased.subject(), learning).then().statusCode(201);
        vote(edition, kept.subject(), health).then().statusCode(201);
        assertThat(Db.string("SELECT display_name FROM eligible_voter WHERE participant_id = '"
                + erased.participantId() + "'")).isEqualTo("Amina Diallo");

        Participants.publishAndAwait(erased, "erased", "ERASED");

        assertThat(Db.column("SELECT coalesce(subject, '-') || '|' || coalesce(display_name, '-') FROM eligible_voter"
                + " WHERE participant_id = '" + erased.participantId() + "'")).containsExactly("-|-");
        assertThat(Db.count("SELECT count(*) FROM vote WHERE voter = '" + erased.subject() + "'")).isZero();
        var pseudonyms = Db.column("SELECT DISTINCT voter_key FROM vote WHERE edition = " + edition
                + " AND voter IS NULL");
        assertThat(pseudonyms).hasSize(1);
        assertThat(pseudonyms.get(0)).doesNotContain(erased.subject());
        assertThat(Db.count("SELECT count(*) FROM vote WHERE edition = " + edition)).isEqualTo(3);
        // the votes still count and their receipts still check out; the erased person cannot vote again
        anonymous().get("/editions/" + edition + "/votes/receipts/" + r1).then().statusCode(200);
        as(organiser()).get("/editions/" + edition + "/tallies").then().body("totalVotes", equalTo(3));
        vote(edition, erased.subject(), health).then().statusCode(403);
        as(participant(erased.subject())).get("/editions/" + edition + "/votes/me").then().body("items", hasSize(0));

        // registering again (same person, new registration) does not buy a second vote in a category
        Participants.Registration again = new Participants.Registration(
                java.util.UUID.randomUUID().toString(), erased.subject(), edition);
        Participants.publishAndAwait(again, "confirmed", "CONFIRMED");
        // it is the same person's vote in that category: answered with the original receipt, not counted again
        vote(edition, erased.subject(), health).then().statusCode(200).body("receipt", equalTo(r1));
        assertThat(Db.count("SELECT count(*) FROM vote WHERE edition = " + edition)).isEqualTo(3);
    }
}
