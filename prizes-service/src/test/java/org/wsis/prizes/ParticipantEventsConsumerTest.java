package org.wsis.prizes;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.wsis.infra.testing.TestEditions;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.wsis.prizes.Api.vote;

/** The voter roll as wsis.participants keeps it: what an erasure leaves behind. */
@QuarkusTest
class ParticipantEventsConsumerTest {

    private static final int EDITION = TestEditions.next();

    @Test
    void erasingAnUnknownParticipantLeavesATombstoneThatLateEventsCannotLift() {
        Api.openContest(EDITION, 3);
        String health = Api.submit(EDITION, "C7_E_HEALTH", "Clinic Network");
        Api.advanceTo(EDITION, "REVIEW");
        Api.review(EDITION, health, "NOMINATE");
        Api.advanceTo(EDITION, "VOTING");

        Participants.Registration unknown = Participants.newRegistration(EDITION);
        Participants.publishAndAwait(unknown, "erased", "ERASED");
        // the registration's earlier events come after the erasure (a replay, a consumer that joined late)
        Participants.publish(unknown, "registered");
        String confirmed = Participants.publish(unknown, "confirmed");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> Db.count("SELECT count(*) FROM processed_event"
                        + " WHERE consumer = 'prizes-service-participants' AND event_id = '" + confirmed + "'") == 1);

        assertThat(Db.column("SELECT status || '|' || coalesce(subject, '-') || '|' || coalesce(display_name, '-')"
                + " || '|' || coalesce(confirmed_at::text, '-') FROM eligible_voter WHERE participant_id = '"
                + unknown.participantId() + "'")).containsExactly("ERASED|-|-|-");
        vote(EDITION, unknown.subject(), health).then().statusCode(403);
    }
}
