package org.wsis.sessions;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.wsis.infra.testing.TestTokens;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;

/** Request helpers: real signed tokens, the contract's JSON bodies, and read-model fixtures. */
final class Api {

    /** A July forum week in Geneva: 09:00-18:00 local is 07:00-16:00 UTC. */
    static final String FIRST_DAY = "2026-07-06";
    static final String LAST_DAY = "2026-07-10";

    private Api() {
    }

    record Person(UUID id, String subject) {
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    static String organiser() {
        return TestTokens.organiser();
    }

    static String participant(String subject) {
        return TestTokens.participant(subject);
    }

    static String base(int edition) {
        return "/editions/" + edition;
    }

    static void venue(int edition) {
        as(organiser()).body(Map.of("startDate", FIRST_DAY, "endDate", LAST_DAY, "timeZone", "Europe/Zurich",
                        "dailyStart", "09:00", "dailyEnd", "18:00"))
                .put(base(edition) + "/venue").then().statusCode(200);
    }

    static String room(int edition, String name, int capacity, boolean hybrid) {
        return as(organiser()).body(Map.of("name", name, "capacity", capacity, "hybrid", hybrid))
                .post(base(edition) + "/rooms").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> session(String title, String mode, int audience, List<UUID> speakers) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("summary", "What works, what does not, and what comes next.");
        body.put("format", "THEMATIC_WORKSHOP");
        body.put("actionLines", List.of("C2", "C7_E_HEALTH"));
        body.put("sdgs", List.of(3, 9));
        body.put("mode", mode);
        body.put("durationMinutes", 60);
        body.put("speakerParticipantIds", speakers.stream().map(UUID::toString).toList());
        body.put("expectedAudience", audience);
        return body;
    }

    /** Creates an UNSCHEDULED session directly and answers its id. */
    static String newSession(int edition, Map<String, Object> body) {
        return as(organiser()).body(body).post(base(edition) + "/sessions").then().statusCode(201)
                .extract().path("id");
    }

    static Map<String, Object> slot(String roomId, String start, String end) {
        Map<String, Object> slot = new HashMap<>();
        if (roomId != null) {
            slot.put("roomId", roomId);
        }
        slot.put("start", start);
        slot.put("end", end);
        return slot;
    }

    static void schedule(int edition, String sessionId, Map<String, Object> slot) {
        as(organiser()).body(slot).put(base(edition) + "/sessions/" + sessionId + "/slot").then().statusCode(200);
    }

    /** Puts a participant straight into the read model, as the participant events would. */
    static Person participantIn(DataSource db, int edition, String status, String displayName) throws SQLException {
        Person person = new Person(UUID.randomUUID(), "p-" + UUID.randomUUID());
        try (var c = db.getConnection(); var s = c.prepareStatement("INSERT INTO participant "
                + "(participant_id, subject, edition, display_name, status, stakeholder_group, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, now())")) {
            boolean erased = "ERASED".equals(status);
            s.setObject(1, person.id());
            s.setString(2, erased ? null : person.subject());
            s.setInt(3, edition);
            s.setString(4, displayName);
            s.setString(5, status);
            s.setString(6, erased ? null : "CIVIL_SOCIETY");
            s.executeUpdate();
        }
        return person;
    }

    static <T> List<T> parallel(int times, Callable<T> call) throws Exception {
        List<Callable<T>> calls = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            calls.add(call);
        }
        return parallel(calls);
    }

    static <T> List<T> parallel(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(calls.size(), 50));
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(calls)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
