package org.wsis.sessions;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.wsis.infra.testing.TestEditions;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.wsis.sessions.Api.anonymous;
import static org.wsis.sessions.Api.as;
import static org.wsis.sessions.Api.base;
import static org.wsis.sessions.Api.newSession;
import static org.wsis.sessions.Api.organiser;
import static org.wsis.sessions.Api.participant;
import static org.wsis.sessions.Api.session;
import static org.wsis.sessions.Api.slot;

/** Releases: numbered snapshots; the public agenda (JSON and iCalendar) shows only the latest. */
@QuarkusTest
class AgendaTest {

    private static final int EDITION = TestEditions.next();
    private static final String PROBLEM = "application/problem+json";

    @Inject
    AgroalDataSource db;

    @Test
    void releasesReportChangesAndThePublicSeesOnlyReleasedVersions() throws Exception {
        Api.venue(EDITION);
        String roomA = Api.room(EDITION, "Room A", 100, true);
        String roomB = Api.room(EDITION, "Room B", 100, true);
        Api.Person speaker = Api.participantIn(db, EDITION, "CONFIRMED", "Fatima Haddad");
        String opening = newSession(EDITION, session("Opening, with \"quotes\"; and commas", "HYBRID", 80,
                List.of(speaker.id())));
        String workshop = newSession(EDITION, session("Workshop", "IN_PERSON", 50, List.of()));
        String online = newSession(EDITION, session("Online clinic", "VIRTUAL", 500, List.of()));
        Api.schedule(EDITION, opening, slot(roomA, "2026-07-06T09:00:00+02:00", "2026-07-06T10:00:00+02:00"));
        Api.schedule(EDITION, workshop, slot(roomB, "2026-07-07T14:00:00+02:00", "2026-07-07T15:30:00+02:00"));

        anonymous().get(base(EDITION) + "/agenda").then().statusCode(404).contentType(PROBLEM);
        given().get(base(EDITION) + "/agenda.ics").then().statusCode(404).contentType(PROBLEM);
        anonymous().post(base(EDITION) + "/agenda/releases").then().statusCode(401).contentType(PROBLEM);
        as(participant(speaker.subject())).post(base(EDITION) + "/agenda/releases").then().statusCode(403);

        JsonPath first = as(organiser()).post(base(EDITION) + "/agenda/releases").then().statusCode(201)
                .body("version", equalTo(1)).body("sessionCount", equalTo(2)).extract().jsonPath();
        assertThat(first.getList("changes.added", String.class)).containsExactlyInAnyOrder(opening, workshop);
        assertThat(first.getList("changes.removed")).isEmpty();
        assertThat(first.getList("changes.moved")).isEmpty();

        JsonPath v1 = anonymous().get(base(EDITION) + "/agenda").then().statusCode(200)
                .body("version", equalTo(1)).body("timeZone", equalTo("Europe/Zurich"))
                .body("days.date", equalTo(List.of("2026-07-06", "2026-07-07")))
                .body("days[0].sessions[0].sessionId", equalTo(opening))
                .body("days[0].sessions[0].room.name", equalTo("Room A"))
                .body("days[0].sessions[0].speakers", equalTo(List.of("Fatima Haddad")))
                .body("days[0].sessions[0].actionLines", equalTo(List.of("C2", "C7_E_HEALTH")))
                .body("days[0].sessions[0].sdgs", equalTo(List.of(3, 9)))
                .body("days[0].sessions[0].mode", equalTo("HYBRID"))
                .body("days[0].sessions[0].start", equalTo("2026-07-06T07:00:00Z"))
                .extract().jsonPath();
        Calendar ics1 = calendar();
        assertMatches(ics1, v1);
        assertThat(sequences(ics1)).containsEntry(opening, 0).containsEntry(workshop, 0);

        // unpublished edits: move the opening, add the online clinic, take the workshop off
        Api.schedule(EDITION, opening, slot(roomB, "2026-07-06T11:00:00+02:00", "2026-07-06T12:00:00+02:00"));
        Api.schedule(EDITION, online, slot(null, "2026-07-08T16:00:00+02:00", "2026-07-08T17:00:00+02:00"));
        as(organiser()).delete(base(EDITION) + "/sessions/" + workshop + "/slot").then().statusCode(200);
        anonymous().get(base(EDITION) + "/agenda").then().body("version", equalTo(1))
                .body("days[0].sessions[0].room.name", equalTo("Room A"))
                .body("days.date", equalTo(List.of("2026-07-06", "2026-07-07")));
        assertThat(uids(calendar())).containsExactlyInAnyOrder(opening, workshop);

        JsonPath second = as(organiser()).post(base(EDITION) + "/agenda/releases").then().statusCode(201)
                .body("version", equalTo(2)).body("sessionCount", equalTo(2)).extract().jsonPath();
        assertThat(second.getList("changes.added", String.class)).containsExactly(online);
        assertThat(second.getList("changes.removed", String.class)).containsExactly(workshop);
        assertThat(second.getList("changes.moved", String.class)).containsExactly(opening);

        JsonPath v2 = anonymous().get(base(EDITION) + "/agenda").then().body("version", equalTo(2))
                .body("days.date", equalTo(List.of("2026-07-06", "2026-07-08")))
                .body("days[0].sessions[0].room.name", equalTo("Room B"))
                .body("days[1].sessions[0].room", equalTo(null))
                .extract().jsonPath();
        Calendar ics2 = calendar();
        assertMatches(ics2, v2);
        // a session first published in release N starts at SEQUENCE N - 1: never below any it had before
        assertThat(sequences(ics2)).containsEntry(opening, 1).containsEntry(online, 1);

        // a release without changes keeps the sequences
        as(organiser()).post(base(EDITION) + "/agenda/releases").then().statusCode(201)
                .body("version", equalTo(3)).body("changes.added.size()", equalTo(0))
                .body("changes.moved.size()", equalTo(0)).body("changes.removed.size()", equalTo(0));
        assertThat(sequences(calendar())).containsEntry(opening, 1);

        // filters
        anonymous().get(base(EDITION) + "/agenda?day=2026-07-08").then()
                .body("days.date", equalTo(List.of("2026-07-08")));
        anonymous().get(base(EDITION) + "/agenda?roomId=" + roomB).then()
                .body("days[0].sessions.sessionId", equalTo(List.of(opening))).body("days.size()", equalTo(1));
        anonymous().get(base(EDITION) + "/agenda?actionLine=C9").then().body("days.size()", equalTo(0));
        anonymous().get(base(EDITION) + "/agenda?format=THEMATIC_WORKSHOP").then().body("days.size()", equalTo(2));
        assertThat(uids(parse(given().get(base(EDITION) + "/agenda.ics?day=2026-07-08").then().statusCode(200)
                .extract().asString()))).containsExactly(online);
    }

    private Calendar calendar() throws Exception {
        String text = given().get(base(EDITION) + "/agenda.ics").then().statusCode(200)
                .contentType(startsWith("text/calendar")).extract().asString();
        assertThat(text).contains("\r\n").startsWith("BEGIN:VCALENDAR\r\n");
        return parse(text);
    }

    private static Calendar parse(String text) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        calendar.validate();
        return calendar;
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.<CalendarComponent>getComponents().stream()
                .filter(VEvent.class::isInstance).map(VEvent.class::cast).toList();
    }

    private static String prop(VEvent event, String name) {
        return event.<Property>getProperty(name).orElseThrow().getValue();
    }

    private static String sessionId(VEvent event) {
        return prop(event, Property.UID).replace("@sessions.wsis-forum.org", "");
    }

    private static List<String> uids(Calendar calendar) {
        return events(calendar).stream().map(AgendaTest::sessionId).toList();
    }

    private static Map<String, Integer> sequences(Calendar calendar) {
        return events(calendar).stream().collect(Collectors.toMap(AgendaTest::sessionId,
                e -> Integer.parseInt(prop(e, Property.SEQUENCE))));
    }

    /** One VEVENT per agenda session, with the same times, title and place. */
    private static void assertMatches(Calendar calendar, JsonPath agenda) {
        List<Map<String, Object>> sessions = agenda.getList("days.sessions.flatten()");
        Map<String, VEvent> byId = events(calendar).stream()
                .collect(Collectors.toMap(AgendaTest::sessionId, Function.identity()));
        assertThat(byId).hasSize(sessions.size());
        for (Map<String, Object> s : sessions) {
            VEvent event = byId.get((String) s.get("sessionId"));
            assertThat(event).as("VEVENT for " + s.get("sessionId")).isNotNull();
            assertThat(Instant.from(event.getStartDate().orElseThrow().getDate()))
                    .isEqualTo(Instant.parse((String) s.get("start")));
            assertThat(Instant.from(event.getEndDate().orElseThrow().getDate()))
                    .isEqualTo(Instant.parse((String) s.get("end")));
            assertThat(prop(event, Property.SUMMARY)).isEqualTo(s.get("title"));
            @SuppressWarnings("unchecked")
            Map<String, Object> room = (Map<String, Object>) s.get("room");
            assertThat(prop(event, Property.LOCATION)).isEqualTo(room == null ? "Online" : room.get("name"));
            @SuppressWarnings("unchecked")
            List<String> speakers = (List<String>) s.get("speakers");
            speakers.forEach(name -> assertThat(prop(event, Property.DESCRIPTION)).contains(name));
        }
    }
}
