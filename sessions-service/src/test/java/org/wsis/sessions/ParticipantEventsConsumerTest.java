package org.wsis.sessions;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.wsis.infra.testing.TestEditions;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.wsis.sessions.Api.anonymous;
import static org.wsis.sessions.Api.as;
import static org.wsis.sessions.Api.base;
import static org.wsis.sessions.Api.organiser;
import static org.wsis.sessions.Api.participant;
import static org.wsis.sessions.Api.session;
import static org.wsis.sessions.Api.slot;

/**
 * Participants registered through registration-service's events (built from its committed samples,
 * sent to the real wsis.participants topic) can speak and attend; cancellation and erasure free
 * their seats, flag their sessions, and erasure removes their name from every output.
 */
@QuarkusTest
class ParticipantEventsConsumerTest {

    private static final int EDITION = TestEditions.next();
    private static final String TOPIC = "wsis.participants";

    @Inject
    AgroalDataSource db;

    @Test
    void registeredParticipantsSpeakAndErasureRemovesTheirNames() throws Exception {
        UUID amina = UUID.randomUUID();
        String aminaSubject = "p-" + amina;
        UUID lucas = UUID.randomUUID();
        String lucasSubject = "p-" + lucas;
        Events.send(TOPIC,
                Events.participantEvent("registered", EDITION, amina, aminaSubject, "Amina Diallo"),
                Events.participantEvent("confirmed", EDITION, amina, aminaSubject, "Amina Diallo"),
                Events.participantEvent("registered", EDITION, lucas, lucasSubject, "Lucas Ferreira"),
                Events.participantEvent("confirmed", EDITION, lucas, lucasSubject, "Lucas Ferreira"),
                // unknown types on the topic are skipped
                Events.participantEvent("waitlisted", EDITION, UUID.randomUUID(), "p-other", "Someone Else"));
        await().atMost(Duration.ofSeconds(30)).until(() -> status(amina).equals("CONFIRMED")
                && status(lucas).equals("CONFIRMED"));

        Api.venue(EDITION);
        String room = Api.room(EDITION, "Consumer room", 50, true);
        String proposal = as(participant(aminaSubject)).body(session("Health data", "HYBRID", 40, List.of(amina, lucas)))
                .post(base(EDITION) + "/proposals").then().statusCode(201).extract().path("id");
        String id = as(organiser()).body(Map.of("decision", "ACCEPT")).post(base(EDITION) + "/proposals/" + proposal
                + "/decision").then().statusCode(200).extract().path("sessionId");
        Api.schedule(EDITION, id, slot(room, "2026-07-07T10:00:00+02:00", "2026-07-07T11:00:00+02:00"));
        as(participant(aminaSubject)).body(Map.of("mode", "IN_PERSON"))
                .post(base(EDITION) + "/sessions/" + id + "/attendance").then().statusCode(201);
        as(participant(lucasSubject)).body(Map.of("mode", "REMOTE"))
                .post(base(EDITION) + "/sessions/" + id + "/attendance").then().statusCode(201);
        as(organiser()).post(base(EDITION) + "/agenda/releases").then().statusCode(201);
        anonymous().get(base(EDITION) + "/agenda").then()
                .body("days[0].sessions[0].speakers", equalTo(List.of("Amina Diallo", "Lucas Ferreira")));

        // Lucas cancels: his seat goes, the session is flagged for organisers
        Events.send(TOPIC, Events.participantEvent("cancelled", EDITION, lucas, lucasSubject, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> status(lucas).equals("CANCELLED"));
        as(organiser()).get(base(EDITION) + "/sessions/" + id).then()
                .body("speakerWithdrawn", equalTo(true)).body("seats.remote", equalTo(0))
                .body("seats.inPerson", equalTo(1))
                .body("speakers.find { it.participantId == '" + lucas + "' }.withdrawn", equalTo(true));
        as(organiser()).get(base(EDITION) + "/sessions?speakerWithdrawn=true").then()
                .body("items.id", equalTo(List.of(id)));
        // the public cannot filter on withdrawals: it would tell who cancelled
        anonymous().get(base(EDITION) + "/sessions?speakerWithdrawn=false").then()
                .body("items.id", equalTo(List.of(id)));

        // Amina is erased: her name is gone everywhere, her seat too
        Events.send(TOPIC, Events.participantEvent("erased", EDITION, amina, null, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> status(amina).equals("ERASED"));
        assertThat(personalFieldsOf(amina)).isEqualTo("null|null|null");
        try (var c = db.getConnection(); var st = c.createStatement();
             var rows = st.executeQuery("SELECT count(*) FROM proposal WHERE proposer_subject = '" + aminaSubject + "'")) {
            rows.next();
            assertThat(rows.getLong(1)).as("her proposals no longer name her").isZero();
        }
        as(participant(aminaSubject)).get(base(EDITION) + "/proposals/" + proposal).then().statusCode(404);
        as(organiser()).get(base(EDITION) + "/sessions/" + id).then()
                .body("seats.inPerson", equalTo(0))
                .body("speakers.find { it.participantId == '" + amina + "' }.displayName", equalTo(null));
        for (String output : List.of(
                as(organiser()).get(base(EDITION) + "/sessions/" + id).asString(),
                as(organiser()).get(base(EDITION) + "/sessions").asString(),
                anonymous().get(base(EDITION) + "/sessions").asString(),
                anonymous().get(base(EDITION) + "/sessions/" + id).asString(),
                anonymous().get(base(EDITION) + "/agenda").asString(),
                given().get(base(EDITION) + "/agenda.ics").asString())) {
            assertThat(output).doesNotContain("Amina").doesNotContain(aminaSubject);
        }
        anonymous().get(base(EDITION) + "/agenda").then()
                .body("days[0].sessions[0].speakers", equalTo(List.of("Lucas Ferreira")));

        // a late or redelivered event never brings the name back
        Events.send(TOPIC, Events.participantEvent("updated", EDITION, amina, aminaSubject, "Amina Diallo"));
        UUID marker = UUID.randomUUID();
        Events.send(TOPIC, Events.participantEvent("registered", EDITION, marker, "p-" + marker, "Marker"));
        await().atMost(Duration.ofSeconds(30)).until(() -> !status(marker).isEmpty());
        assertThat(status(amina)).isEqualTo("ERASED");
        as(organiser()).get(base(EDITION) + "/sessions/" + id).then()
                .body("speakers.displayName", org.hamcrest.Matchers.not(hasItem("Amina Diallo")));
    }

    @Test
    void cancelledOrErasedParticipantsCannotBeProposedAsSpeakers() throws Exception {
        int edition = TestEditions.next();
        UUID gone = UUID.randomUUID();
        Events.send(TOPIC,
                Events.participantEvent("registered", edition, gone, "p-" + gone, "Gone Soon"),
                Events.participantEvent("cancelled", edition, gone, "p-" + gone, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> status(gone).equals("CANCELLED"));
        as(participant("p-proposer")).body(session("Withdrawn speaker", "VIRTUAL", 10, List.of(gone)))
                .post(base(edition) + "/proposals").then().statusCode(422)
                .body("type", equalTo("urn:wsis:problem:speaker-not-registered"));
    }

    @Test
    void erasingACancelledRegistrationKeepsTheProposalsOfTheLiveOne() throws Exception {
        int edition = TestEditions.next();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        String subject = "p-" + first;
        Events.send(TOPIC, Events.participantEvent("registered", edition, first, subject, "Amina Diallo"));
        await().atMost(Duration.ofSeconds(30)).until(() -> status(first).equals("PENDING"));
        String early = as(participant(subject)).body(session("Early idea", "VIRTUAL", 10, List.of(first)))
                .post(base(edition) + "/proposals").then().statusCode(201).extract().path("id");
        // she cancels and registers again: a new registration, the same person
        Events.send(TOPIC, Events.participantEvent("cancelled", edition, first, subject, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> status(first).equals("CANCELLED"));
        Events.send(TOPIC, Events.participantEvent("registered", edition, second, subject, "Amina Diallo"));
        await().atMost(Duration.ofSeconds(30)).until(() -> status(second).equals("PENDING"));
        String late = as(participant(subject)).body(session("Second idea", "VIRTUAL", 10, List.of(second)))
                .post(base(edition) + "/proposals").then().statusCode(201).extract().path("id");

        Events.send(TOPIC, Events.participantEvent("erased", edition, first, null, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> status(first).equals("ERASED"));

        // what she proposed under the live registration is still hers; the erased one's is not
        as(participant(subject)).get(base(edition) + "/proposals/" + late).then().statusCode(200);
        as(participant(subject)).get(base(edition) + "/proposals/" + early).then().statusCode(404);
        as(participant(subject)).get(base(edition) + "/proposals").then().statusCode(200)
                .body("items.id", equalTo(List.of(late)));
        as(organiser()).get(base(edition) + "/proposals").then().body("items.id", equalTo(List.of(early, late)));
        try (var c = db.getConnection(); var st = c.createStatement();
             var rows = st.executeQuery("SELECT id FROM proposal WHERE proposer_subject = '" + subject + "'")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo(late);
            assertThat(rows.next()).isFalse();
        }
    }

    @Test
    void erasingAnUnknownParticipantLeavesATombstoneThatLateEventsCannotLift() throws Exception {
        int edition = TestEditions.next();
        UUID unknown = UUID.randomUUID();
        Events.send(TOPIC, Events.participantEvent("erased", edition, unknown, null, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> status(unknown).equals("ERASED"));

        // the registration's earlier events come after the erasure (a replay, a consumer that joined late)
        var confirmed = Events.participantEvent("confirmed", edition, unknown, "p-" + unknown, "Late Comer");
        Events.send(TOPIC, Events.participantEvent("registered", edition, unknown, "p-" + unknown, "Late Comer"),
                confirmed);
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(confirmed.get("id").asText()));
        assertThat(status(unknown)).isEqualTo("ERASED");
        assertThat(personalFieldsOf(unknown)).isEqualTo("null|null|null");
        as(participant("p-proposer")).body(session("Erased speaker", "VIRTUAL", 10, List.of(unknown)))
                .post(base(edition) + "/proposals").then().statusCode(422)
                .body("type", equalTo("urn:wsis:problem:speaker-not-registered"));
    }

    /** Whether the participants consumer has applied the event (its id is in the inbox). */
    private boolean applied(String eventId) throws Exception {
        try (var c = db.getConnection(); var s = c.prepareStatement(
                "SELECT count(*) FROM processed_event WHERE consumer = 'sessions-service.participants'"
                        + " AND event_id = ?::uuid")) {
            s.setString(1, eventId);
            try (var r = s.executeQuery()) {
                r.next();
                return r.getLong(1) == 1;
            }
        }
    }

    private String status(UUID id) throws Exception {
        try (var c = db.getConnection();
             var s = c.prepareStatement("SELECT status FROM participant WHERE participant_id = ?")) {
            s.setObject(1, id);
            try (var r = s.executeQuery()) {
                return r.next() ? r.getString(1) : "";
            }
        }
    }

    private String personalFieldsOf(UUID id) throws Exception {
        try (var c = db.getConnection(); var s = c.prepareStatement(
                "SELECT subject, display_name, stakeholder_group FROM participant WHERE participant_id = ?")) {
            s.setObject(1, id);
            try (var r = s.executeQuery()) {
                r.next();
                return r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3);
            }
        }
    }
}
