package org.wsis.sessions;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wsis.infra.testing.TestEditions;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.wsis.sessions.Api.anonymous;
import static org.wsis.sessions.Api.as;
import static org.wsis.sessions.Api.base;
import static org.wsis.sessions.Api.newSession;
import static org.wsis.sessions.Api.organiser;
import static org.wsis.sessions.Api.participant;
import static org.wsis.sessions.Api.session;
import static org.wsis.sessions.Api.slot;

/** Slot rules (422), double bookings (409 with conflicts), unscheduling and cancellation. */
@QuarkusTest
class SchedulingTest {

    private static final int EDITION = TestEditions.next();
    private static final String PROBLEM = "application/problem+json";
    // 10:00-11:00 in Geneva (UTC+2 in July)
    private static final String TEN = "2026-07-07T10:00:00+02:00";
    private static final String ELEVEN = "2026-07-07T11:00:00+02:00";

    @Inject
    AgroalDataSource db;

    private String bigHybrid;
    private String smallPlain;

    @BeforeEach
    void venueAndRooms() {
        Api.venue(EDITION);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        bigHybrid = Api.room(EDITION, "Hybrid " + suffix, 200, true);
        smallPlain = Api.room(EDITION, "Small " + suffix, 20, false);
    }

    @Test
    void eachRuleThatCanNeverHoldAnswers422() throws Exception {
        Api.Person speaker = Api.participantIn(db, EDITION, "CONFIRMED", "Sophie Keller");
        String hybrid = newSession(EDITION, session("Hybrid talk", "HYBRID", 50, List.of(speaker.id())));
        refused(hybrid, slot(bigHybrid, "2026-07-07T08:00:00+02:00", "2026-07-07T09:00:00+02:00"), "outside-venue-hours");
        // 16:30-17:00 UTC is within 09-18 in UTC but 18:30-19:00 in Geneva
        refused(hybrid, slot(bigHybrid, "2026-07-07T16:30:00Z", "2026-07-07T17:00:00Z"), "outside-venue-hours");
        refused(hybrid, slot(bigHybrid, "2026-07-11T10:00:00+02:00", "2026-07-11T11:00:00+02:00"), "outside-venue-hours");
        refused(hybrid, slot(bigHybrid, "2026-07-07T17:00:00+02:00", "2026-07-08T10:00:00+02:00"), "outside-venue-hours");
        refused(hybrid, slot(smallPlain, TEN, ELEVEN), "room-not-hybrid");
        refused(hybrid, slot(null, TEN, ELEVEN), "room-required");
        refused(hybrid, slot(UUID.randomUUID().toString(), TEN, ELEVEN), "unknown-room");

        String crowded = newSession(EDITION, session("Crowded", "IN_PERSON", 50, List.of()));
        refused(crowded, slot(smallPlain, TEN, ELEVEN), "room-too-small");

        String virtual = newSession(EDITION, session("Online", "VIRTUAL", 500, List.of()));
        refused(virtual, slot(bigHybrid, TEN, ELEVEN), "virtual-takes-no-room");

        Api.Person pending = Api.participantIn(db, EDITION, "PENDING", "Not Yet");
        String unconfirmed = newSession(EDITION, session("Pending speaker", "VIRTUAL", 10, List.of(pending.id())));
        refused(unconfirmed, slot(null, TEN, ELEVEN), "speaker-not-confirmed");

        as(organiser()).body(slot(bigHybrid, ELEVEN, TEN)).put(base(EDITION) + "/sessions/" + hybrid + "/slot")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("end"));
        as(participant(speaker.subject())).body(slot(bigHybrid, TEN, ELEVEN))
                .put(base(EDITION) + "/sessions/" + hybrid + "/slot").then().statusCode(403).contentType(PROBLEM);
        as(organiser()).body(slot(bigHybrid, TEN, ELEVEN)).put(base(EDITION) + "/sessions/" + UUID.randomUUID() + "/slot")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void theRoomAndTheSpeakersCannotBeDoubleBooked() throws Exception {
        Api.Person amina = Api.participantIn(db, EDITION, "CONFIRMED", "Amina Odhiambo");
        Api.Person kwame = Api.participantIn(db, EDITION, "CONFIRMED", "Kwame Mensah");
        String first = newSession(EDITION, session("First", "HYBRID", 50, List.of(amina.id())));
        Api.schedule(EDITION, first, slot(bigHybrid, TEN, ELEVEN));
        as(organiser()).get(base(EDITION) + "/sessions/" + first).then().statusCode(200)
                .body("status", equalTo("SCHEDULED")).body("room.id", equalTo(bigHybrid))
                .body("start", equalTo("2026-07-07T08:00:00Z")).body("end", equalTo("2026-07-07T09:00:00Z"));

        String sameRoom = newSession(EDITION, session("Same room", "IN_PERSON", 50, List.of(kwame.id())));
        as(organiser()).body(slot(bigHybrid, "2026-07-07T10:30:00+02:00", "2026-07-07T11:30:00+02:00"))
                .put(base(EDITION) + "/sessions/" + sameRoom + "/slot").then().statusCode(409).contentType(PROBLEM)
                .body("conflicts", equalTo(List.of(Map.of("kind", "ROOM_DOUBLE_BOOKED", "sessionId", first))));

        String sameSpeaker = newSession(EDITION, session("Same speaker", "VIRTUAL", 50, List.of(amina.id(), kwame.id())));
        as(organiser()).body(slot(null, TEN, ELEVEN))
                .put(base(EDITION) + "/sessions/" + sameSpeaker + "/slot").then().statusCode(409).contentType(PROBLEM)
                .body("conflicts", equalTo(List.of(Map.of("kind", "SPEAKER_DOUBLE_BOOKED", "sessionId", first))));

        // back to back is fine, and a session can move within its own slot
        Api.schedule(EDITION, sameRoom, slot(bigHybrid, ELEVEN, "2026-07-07T12:00:00+02:00"));
        Api.schedule(EDITION, first, slot(bigHybrid, "2026-07-07T09:30:00+02:00", "2026-07-07T10:30:00+02:00"));

        // unscheduling frees the room and the speaker
        as(organiser()).delete(base(EDITION) + "/sessions/" + first + "/slot").then().statusCode(200)
                .body("status", equalTo("UNSCHEDULED"));
        as(organiser()).delete(base(EDITION) + "/sessions/" + first + "/slot").then().statusCode(409).contentType(PROBLEM);
        Api.schedule(EDITION, sameSpeaker, slot(null, TEN, ELEVEN));

        // cancellation is final and frees the slot too
        as(organiser()).post(base(EDITION) + "/sessions/" + sameSpeaker + "/cancellation").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        as(organiser()).post(base(EDITION) + "/sessions/" + sameSpeaker + "/cancellation").then().statusCode(409)
                .contentType(PROBLEM);
        refused409(sameSpeaker, slot(null, TEN, ELEVEN), "session-cancelled");
        Api.schedule(EDITION, first, slot(bigHybrid, TEN, ELEVEN));
    }

    @Test
    void thePublicSeesScheduledSessionsAndOrganisersFilterEverything() throws Exception {
        int edition = TestEditions.next();
        Api.venue(edition);
        String room = Api.room(edition, "Filter room", 100, true);
        String scheduled = newSession(edition, session("Scheduled one", "IN_PERSON", 10, List.of()));
        Api.schedule(edition, scheduled, slot(room, "2026-07-08T14:00:00+02:00", "2026-07-08T15:00:00+02:00"));
        String waiting = newSession(edition, session("Waiting one", "IN_PERSON", 10, List.of()));

        anonymous().get(base(edition) + "/sessions").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(scheduled))
                .body("items[0].seats", equalTo(null)).body("items[0].speakerWithdrawn", equalTo(null));
        anonymous().get(base(edition) + "/sessions/" + waiting).then().statusCode(404);
        as(organiser()).get(base(edition) + "/sessions").then().body("total", equalTo(2));
        as(organiser()).get(base(edition) + "/sessions?status=UNSCHEDULED").then().body("items.id", equalTo(List.of(waiting)));
        as(organiser()).get(base(edition) + "/sessions?day=2026-07-08").then().body("items.id", equalTo(List.of(scheduled)));
        as(organiser()).get(base(edition) + "/sessions?day=2026-07-09").then().body("total", equalTo(0));
        as(organiser()).get(base(edition) + "/sessions?roomId=" + room).then().body("items.id", equalTo(List.of(scheduled)));
        as(organiser()).get(base(edition) + "/sessions?actionLine=C7_E_HEALTH").then().body("total", equalTo(2));
        as(organiser()).get(base(edition) + "/sessions?actionLine=C9").then().body("total", equalTo(0));
        as(organiser()).get(base(edition) + "/sessions?format=HACKATHON").then().body("total", equalTo(0));
        as(organiser()).get(base(edition) + "/sessions?speakerWithdrawn=true").then().body("total", equalTo(0));
        anonymous().get(base(edition) + "/sessions").then().body("items.id", not(hasItem(waiting)));
    }

    @Test
    void schedulingNeedsAVenue() {
        int edition = TestEditions.next();
        String id = newSession(edition, session("No venue", "VIRTUAL", 10, List.of()));
        as(organiser()).body(slot(null, TEN, ELEVEN)).put(base(edition) + "/sessions/" + id + "/slot")
                .then().statusCode(409).contentType(PROBLEM).body("type", equalTo("urn:wsis:problem:venue-not-set"));
    }

    private static void refused(String sessionId, Map<String, Object> slot, String slug) {
        as(organiser()).body(slot).put(base(EDITION) + "/sessions/" + sessionId + "/slot")
                .then().statusCode(422).contentType(PROBLEM).body("type", equalTo("urn:wsis:problem:" + slug));
    }

    private static void refused409(String sessionId, Map<String, Object> slot, String slug) {
        as(organiser()).body(slot).put(base(EDITION) + "/sessions/" + sessionId + "/slot")
                .then().statusCode(409).contentType(PROBLEM).body("type", equalTo("urn:wsis:problem:" + slug));
    }
}
