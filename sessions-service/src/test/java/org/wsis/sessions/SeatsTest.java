package org.wsis.sessions;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.wsis.infra.testing.ScrapedMetrics;
import org.wsis.infra.testing.TestEditions;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.wsis.sessions.Api.as;
import static org.wsis.sessions.Api.base;
import static org.wsis.sessions.Api.newSession;
import static org.wsis.sessions.Api.organiser;
import static org.wsis.sessions.Api.participant;
import static org.wsis.sessions.Api.session;
import static org.wsis.sessions.Api.slot;

@QuarkusTest
class SeatsTest {

    private static final int EDITION = TestEditions.next();
    private static final String PROBLEM = "application/problem+json";

    @Inject
    AgroalDataSource db;

    @Test
    void confirmedParticipantsReserveAndLeaveSeats() throws Exception {
        Api.venue(EDITION);
        String room = Api.room(EDITION, "Seats " + UUID.randomUUID(), 2, false);
        String inPerson = newSession(EDITION, session("In the room", "IN_PERSON", 2, List.of()));
        Api.schedule(EDITION, inPerson, slot(room, "2026-07-09T10:00:00+02:00", "2026-07-09T11:00:00+02:00"));
        String virtual = newSession(EDITION, session("Online only", "VIRTUAL", 2, List.of()));
        Api.schedule(EDITION, virtual, slot(null, "2026-07-09T10:00:00+02:00", "2026-07-09T11:00:00+02:00"));
        String unscheduled = newSession(EDITION, session("Later", "VIRTUAL", 2, List.of()));

        Api.Person ana = Api.participantIn(db, EDITION, "CONFIRMED", "Ana");
        Api.Person ben = Api.participantIn(db, EDITION, "CONFIRMED", "Ben");
        Api.Person cleo = Api.participantIn(db, EDITION, "CONFIRMED", "Cleo");
        Api.Person pending = Api.participantIn(db, EDITION, "PENDING", "Pending");

        String seats = base(EDITION) + "/sessions/" + inPerson + "/attendance";
        double reservedBefore = ScrapedMetrics.scrape().value("wsis_seats_reserved_total", "mode=\"IN_PERSON\"");
        as(participant(ana.subject())).body(Map.of("mode", "IN_PERSON")).post(seats).then().statusCode(201)
                .body("participantId", equalTo(ana.id().toString())).body("mode", equalTo("IN_PERSON"));
        as(participant(ana.subject())).body(Map.of("mode", "IN_PERSON")).post(seats).then().statusCode(409)
                .contentType(PROBLEM).body("type", equalTo("urn:wsis:problem:already-attending"));
        as(participant(ana.subject())).body(Map.of("mode", "REMOTE")).post(seats).then().statusCode(422)
                .contentType(PROBLEM).body("type", equalTo("urn:wsis:problem:remote-not-offered"));
        as(participant(pending.subject())).body(Map.of("mode", "IN_PERSON")).post(seats).then().statusCode(403)
                .contentType(PROBLEM);
        as(participant("p-unknown")).body(Map.of("mode", "IN_PERSON")).post(seats).then().statusCode(403)
                .contentType(PROBLEM);
        as(organiser()).body(Map.of("mode", "IN_PERSON")).post(seats).then().statusCode(403).contentType(PROBLEM);
        as(participant(ben.subject())).body(Map.of("mode", "IN_PERSON")).post(seats).then().statusCode(201);
        assertThat(ScrapedMetrics.scrape().value("wsis_seats_reserved_total", "mode=\"IN_PERSON\""))
                .as("seats reserved: two taken, the refusals not counted").isEqualTo(reservedBefore + 2);
        as(participant(cleo.subject())).body(Map.of("mode", "IN_PERSON")).post(seats).then().statusCode(409)
                .contentType(PROBLEM).body("type", equalTo("urn:wsis:problem:session-full"));

        // leaving frees the seat for the next person
        as(participant(ben.subject())).delete(seats).then().statusCode(204);
        as(participant(ben.subject())).delete(seats).then().statusCode(404).contentType(PROBLEM);
        as(participant(cleo.subject())).body(Map.of("mode", "IN_PERSON")).post(seats).then().statusCode(201);

        String online = base(EDITION) + "/sessions/" + virtual + "/attendance";
        as(participant(ana.subject())).body(Map.of("mode", "IN_PERSON")).post(online).then().statusCode(422)
                .contentType(PROBLEM).body("type", equalTo("urn:wsis:problem:virtual-session"));
        as(participant(ana.subject())).body(Map.of("mode", "REMOTE")).post(online).then().statusCode(201);
        as(participant(ana.subject())).body(Map.of("mode", "REMOTE"))
                .post(base(EDITION) + "/sessions/" + unscheduled + "/attendance").then().statusCode(409)
                .contentType(PROBLEM).body("type", equalTo("urn:wsis:problem:session-not-scheduled"));
        as(participant(ana.subject())).body(Map.of("mode", "SOFA")).post(online).then().statusCode(400)
                .contentType(PROBLEM);
        as(participant(ana.subject())).body(Map.of("mode", "REMOTE"))
                .post(base(EDITION) + "/sessions/" + UUID.randomUUID() + "/attendance").then().statusCode(404)
                .contentType(PROBLEM);

        as(organiser()).get(base(EDITION) + "/sessions/" + inPerson).then()
                .body("seats.inPerson", equalTo(2)).body("seats.remote", equalTo(0));
        as(organiser()).get(base(EDITION) + "/sessions/" + virtual).then()
                .body("seats.inPerson", equalTo(0)).body("seats.remote", equalTo(1));

        // cancelling the session frees every seat
        as(organiser()).post(base(EDITION) + "/sessions/" + inPerson + "/cancellation").then().statusCode(200);
        as(organiser()).get(base(EDITION) + "/sessions/" + inPerson).then().body("seats.inPerson", equalTo(0));
    }
}
