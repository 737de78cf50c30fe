package org.wsis.sessions;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.wsis.infra.testing.TestEditions;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.wsis.sessions.Api.as;
import static org.wsis.sessions.Api.base;
import static org.wsis.sessions.Api.newSession;
import static org.wsis.sessions.Api.organiser;
import static org.wsis.sessions.Api.participant;
import static org.wsis.sessions.Api.session;
import static org.wsis.sessions.Api.slot;

/** Parallel organisers and participants: the database settles every race. */
@QuarkusTest
class ConcurrencyTest {

    private static final int EDITION = TestEditions.next();

    @Inject
    AgroalDataSource db;

    @Test
    void twentyOrganisersRaceForOneRoomAndExactlyOneWins() throws Exception {
        Api.venue(EDITION);
        String room = Api.room(EDITION, "Contested room", 100, false);
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sessions.add(newSession(EDITION, session("Race " + i, "IN_PERSON", 50, List.of())));
        }
        List<Callable<Response>> attempts = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            String id = sessions.get(i);
            // every slot overlaps every other: all start within 10:00-10:19 and last an hour
            String start = String.format("2026-07-07T10:%02d:00+02:00", i);
            String end = String.format("2026-07-07T11:%02d:00+02:00", i);
            attempts.add(() -> as(organiser()).body(slot(room, start, end))
                    .put(base(EDITION) + "/sessions/" + id + "/slot").then().extract().response());
        }
        List<Response> answers = Api.parallel(attempts);

        List<String> winners = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).statusCode() == 200) {
                winners.add(sessions.get(i));
            }
        }
        assertThat(winners).hasSize(1);
        String winner = winners.get(0);
        for (Response answer : answers) {
            if (answer.statusCode() != 200) {
                assertThat(answer.statusCode()).isEqualTo(409);
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(answer.jsonPath().getList("conflicts")).containsExactly(
                        Map.of("kind", "ROOM_DOUBLE_BOOKED", "sessionId", winner));
            }
        }
        assertThat(count("SELECT count(*) FROM room_booking WHERE room_id = '" + room + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM forum_session WHERE edition = " + EDITION + " AND status = 'SCHEDULED'"))
                .isEqualTo(1);
    }

    @Test
    void aHundredParallelReservationsFillThirtySeats() throws Exception {
        int edition = TestEditions.next();
        Api.venue(edition);
        String room = Api.room(edition, "Thirty seats", 30, true);
        String id = newSession(edition, session("Popular", "HYBRID", 30, List.of()));
        Api.schedule(edition, id, slot(room, "2026-07-08T14:00:00+02:00", "2026-07-08T15:00:00+02:00"));
        List<Api.Person> people = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            people.add(Api.participantIn(db, edition, "CONFIRMED", "Attendee " + i));
        }
        List<Callable<Integer>> reservations = people.stream().<Callable<Integer>>map(p -> () ->
                as(participant(p.subject())).body(Map.of("mode", "IN_PERSON"))
                        .post(base(edition) + "/sessions/" + id + "/attendance").then().extract().statusCode()).toList();
        List<Integer> codes = Api.parallel(reservations);

        assertThat(codes).filteredOn(c -> c == 201).hasSize(30);
        assertThat(codes).filteredOn(c -> c == 409).hasSize(70);
        assertThat(count("SELECT count(*) FROM seat WHERE session_id = '" + id + "' AND mode = 'IN_PERSON'"))
                .isEqualTo(30);
        as(organiser()).get(base(edition) + "/sessions/" + id).then()
                .body("seats.inPerson", equalTo(30)).body("seats.capacity", equalTo(30));
    }

    private long count(String sql) throws SQLException {
        try (var c = db.getConnection(); var s = c.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
