package org.wsis.prizes;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.wsis.infra.testing.TestEditions;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.wsis.prizes.Api.anonymous;
import static org.wsis.prizes.Api.as;
import static org.wsis.prizes.Api.nomination;
import static org.wsis.prizes.Api.organiser;
import static org.wsis.prizes.Api.participant;
import static org.wsis.prizes.Api.vote;

/**
 * participant.erased names one registration: a person who cancelled and registered again keeps what
 * they did under the live registration when the old one is erased (issue 11, item 3).
 */
@QuarkusTest
class RegistrationErasureTest {

    @Test
    void erasingACancelledRegistrationKeepsTheVotesOfTheLiveOne() {
        int edition = TestEditions.next();
        String[] nominated = votingContest(edition);
        Participants.Registration first = Participants.confirmed(edition);
        String subject = first.subject();
        String firstReceipt = vote(edition, subject, nominated[0]).then().statusCode(201).extract().path("receipt");
        Participants.Registration second = registerAgain(first);
        String secondReceipt = vote(edition, subject, nominated[1]).then().statusCode(201).extract().path("receipt");

        Participants.publishAndAwait(first, "erased", "ERASED");

        // the live registration's vote is still the person's, and they still vote
        as(participant(subject)).get("/editions/" + edition + "/votes/me").then().statusCode(200)
                .body("items.receipt", contains(secondReceipt));
        vote(edition, subject, nominated[2]).then().statusCode(201);
        assertThat(Db.string("SELECT subject || '|' || status FROM eligible_voter WHERE participant_id = '"
                + second.participantId() + "'")).isEqualTo(subject + "|CONFIRMED");
        // the erased registration's vote stays counted under its pseudonym only
        assertThat(Db.column("SELECT coalesce(voter, '-') FROM vote WHERE edition = " + edition + " ORDER BY cast_at"))
                .containsExactly("-", subject, subject);
        anonymous().get("/editions/" + edition + "/votes/receipts/" + firstReceipt).then().statusCode(200)
                .body("counted", equalTo(true));
        as(organiser()).get("/editions/" + edition + "/tallies").then().body("totalVotes", equalTo(3));
    }

    @Test
    void erasingACancelledRegistrationKeepsTheNominationsOfTheLiveOne() {
        int edition = TestEditions.next();
        String nominations = "/editions/" + edition + "/nominations";
        Api.openContest(edition, 3);
        Participants.Registration first = Participants.confirmed(edition);
        String subject = first.subject();
        String early = Api.submit(edition, subject, nomination("C7_E_HEALTH", "Early Org"));
        registerAgain(first);
        String late = Api.submit(edition, subject, nomination("C11", "Late Org"));

        Participants.publishAndAwait(first, "erased", "ERASED");

        as(participant(subject)).get(nominations).then().statusCode(200).body("items.id", contains(late));
        as(participant(subject)).get(nominations + "/" + late).then().statusCode(200);
        as(participant(subject)).get(nominations + "/" + early).then().statusCode(404);
        assertThat(Db.string("SELECT coalesce(proposer, '-') FROM nomination WHERE id = '" + early + "'")).isEqualTo("-");
        // the project itself stays
        as(organiser()).get(nominations).then().body("items.id", containsInAnyOrder(early, late));
    }

    @Test
    void rowsThatNameNoRegistrationFollowThePersonUntilTheirLastLiveRegistrationIsErased() {
        int edition = TestEditions.next();
        String[] nominated = votingContest(edition);
        Participants.Registration first = Participants.confirmed(edition);
        String subject = first.subject();
        vote(edition, subject, nominated[0]).then().statusCode(201);
        Participants.Registration second = registerAgain(first);
        vote(edition, subject, nominated[1]).then().statusCode(201);
        // as votes cast before the registration was recorded on them
        assertThat(Db.update("UPDATE vote SET voter_participant_id = NULL WHERE edition = " + edition)).isEqualTo(2);

        // another registration of the person is live: it may be theirs, so they stay
        Participants.publishAndAwait(first, "erased", "ERASED");
        as(participant(subject)).get("/editions/" + edition + "/votes/me").then().body("items", hasSize(2));

        // the last one goes: nothing of the person is left
        Participants.publishAndAwait(second, "cancelled", "CANCELLED");
        Participants.publishAndAwait(second, "erased", "ERASED");
        as(participant(subject)).get("/editions/" + edition + "/votes/me").then().body("items", hasSize(0));
        assertThat(Db.count("SELECT count(*) FROM vote WHERE edition = " + edition + " AND voter IS NULL")).isEqualTo(2);
    }

    /** A contest in VOTING with three NOMINATED projects in three categories. */
    private static String[] votingContest(int edition) {
        Api.openContest(edition, 3);
        String[] nominated = {Api.submit(edition, "C7_E_HEALTH", "Clinic Network"),
                Api.submit(edition, "C7_E_LEARNING", "Open School"), Api.submit(edition, "C11", "Regional Alliance")};
        Api.advanceTo(edition, "REVIEW");
        for (String id : nominated) {
            Api.review(edition, id, "NOMINATE");
        }
        Api.advanceTo(edition, "VOTING");
        return nominated;
    }

    /** The person cancels the registration and registers again (a new registration, the same subject). */
    private static Participants.Registration registerAgain(Participants.Registration first) {
        Participants.publishAndAwait(first, "cancelled", "CANCELLED");
        Participants.Registration again = new Participants.Registration(UUID.randomUUID().toString(), first.subject(),
                first.edition());
        Participants.publishAndAwait(again, "confirmed", "CONFIRMED");
        return again;
    }
}
