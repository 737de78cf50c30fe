package org.wsis.registration;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.wsis.infra.testing.TestEditions;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.wsis.registration.Api.anonymous;
import static org.wsis.registration.Api.as;
import static org.wsis.registration.Api.newSubject;
import static org.wsis.registration.Api.organiser;
import static org.wsis.registration.Api.participant;
import static org.wsis.registration.Api.registration;

/** In-person capacity under parallel requests: the database never lets it be oversold. */
@QuarkusTest
class CapacityConcurrencyTest {

    private static final int EDITION = TestEditions.next();
    private static final String REGISTRATIONS = "/editions/" + EDITION + "/registrations";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void twoHundredParallelRegistrationsFillFiftySeatsAndWaitlistTheRest() throws Exception {
        Api.openRegistration(EDITION, 50);
        List<String> statuses = parallel(200, () -> as(participant(newSubject()))
                .body(registration("GOVERNMENT", "IN_PERSON"))
                .post(REGISTRATIONS)
                .then().statusCode(201).extract().<String>path("status"));

        assertThat(statuses).filteredOn("CONFIRMED"::equals).hasSize(50);
        assertThat(statuses).filteredOn("WAITLISTED"::equals).hasSize(150);
        assertThat(count("status = 'CONFIRMED' AND attendance = 'IN_PERSON'")).isEqualTo(50);
        assertThat(count("status = 'WAITLISTED'")).isEqualTo(150);
        anonymous().get("/editions/" + EDITION + "/registration-statistics").then()
                .body("confirmedInPerson", equalTo(50)).body("waitlisted", equalTo(150));

        // Cancelling five confirmed seats, in parallel, promotes exactly the five oldest waitlisted.
        List<String> oldestWaitlisted = ids("status = 'WAITLISTED' ORDER BY waitlist_position LIMIT 5");
        List<String> confirmed = ids("status = 'CONFIRMED' LIMIT 5");
        parallel(5, new ArrayList<>(confirmed).stream().<Callable<Integer>>map(id -> () ->
                as(organiser()).post(REGISTRATIONS + "/" + id + "/cancellation").then().statusCode(200)
                        .extract().statusCode()).toList());

        assertThat(count("status = 'CONFIRMED' AND attendance = 'IN_PERSON'")).isEqualTo(50);
        assertThat(count("status = 'WAITLISTED'")).isEqualTo(145);
        assertThat(ids("status = 'CONFIRMED' AND id::text IN ('" + String.join("','", oldestWaitlisted) + "')"))
                .containsExactlyInAnyOrderElementsOf(oldestWaitlisted);

        // A confirmed participant moving to REMOTE frees the seat for the next one in line too.
        String next = ids("status = 'WAITLISTED' ORDER BY waitlist_position LIMIT 1").get(0);
        String mover = ids("status = 'CONFIRMED' AND attendance = 'IN_PERSON' LIMIT 1").get(0);
        String moverSubject = subjectOf(mover);
        as(participant(moverSubject)).body(java.util.Map.of("attendance", "REMOTE"))
                .patch(REGISTRATIONS + "/" + mover).then().statusCode(200).body("status", equalTo("CONFIRMED"));
        assertThat(ids("id = '" + next + "' AND status = 'CONFIRMED'")).containsExactly(next);
        assertThat(count("status = 'CONFIRMED' AND attendance = 'IN_PERSON'")).isEqualTo(50);

        // and the full house refuses a switch back to IN_PERSON rather than waitlisting a confirmed person
        as(participant(moverSubject)).body(java.util.Map.of("attendance", "IN_PERSON"))
                .patch(REGISTRATIONS + "/" + mover).then().statusCode(409)
                .body("type", equalTo("urn:wsis:problem:in-person-full"));
    }

    @Test
    void parallelDuplicatesOfOnePersonYieldOneRegistration() throws Exception {
        int edition = TestEditions.next();
        Api.openRegistration(edition, 10);
        String subject = newSubject();
        List<Integer> codes = parallel(20, () -> as(participant(subject))
                .body(registration("ACADEMIA", "REMOTE"))
                .post("/editions/" + edition + "/registrations")
                .then().extract().statusCode());
        assertThat(codes).filteredOn(c -> c == 201).hasSize(1);
        assertThat(codes).filteredOn(c -> c == 409).hasSize(19);
    }

    @Test
    void parallelRegistrationsOfOneEmailByDifferentPeopleYieldOne() throws Exception {
        int edition = TestEditions.next();
        Api.openRegistration(edition, 10);
        String email = "shared." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        List<Callable<String>> calls = new ArrayList<>(); // each answers its problem type, or "created"
        for (int i = 0; i < 20; i++) {
            Map<String, Object> body = registration("ACADEMIA", "REMOTE");
            body.put("email", i % 2 == 0 ? email : email.toUpperCase(java.util.Locale.ROOT)); // one address
            String subject = newSubject();
            calls.add(() -> {
                var answer = as(participant(subject)).body(body)
                        .post("/editions/" + edition + "/registrations").then().extract();
                return answer.statusCode() == 201 ? "created" : answer.path("type");
            });
        }
        List<String> outcomes = parallel(20, calls);
        assertThat(outcomes).filteredOn("created"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("urn:wsis:problem:email-taken"::equals).hasSize(19);
        try (var c = dataSource.getConnection(); var s = c.createStatement();
             var r = s.executeQuery("SELECT count(*) FROM registration WHERE edition = " + edition
                     + " AND lower(email) = '" + email + "'")) {
            r.next();
            assertThat(r.getLong(1)).isEqualTo(1);
        }
    }

    /** Registrations are written in batches: one refused application must not take its batch's others down. */
    @Test
    void aRefusedApplicationAmongParallelOnesRefusesOnlyItself() throws Exception {
        int edition = TestEditions.next();
        Api.openRegistration(edition, 10);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Map<String, Object> body = registration("GOVERNMENT", "REMOTE");
            if (i % 10 == 0) {
                body.put("visaSupportRequested", true); // without a nationality: 400 for this one only
            }
            String subject = newSubject();
            calls.add(() -> as(participant(subject)).body(body)
                    .post("/editions/" + edition + "/registrations").then().extract().statusCode());
        }
        List<Integer> codes = parallel(40, calls);
        assertThat(codes).filteredOn(c -> c == 400).hasSize(4);
        assertThat(codes).filteredOn(c -> c == 201).hasSize(36);
        try (var c = dataSource.getConnection(); var s = c.createStatement();
             var r = s.executeQuery("SELECT count(*) FROM registration WHERE edition = " + edition
                     + " AND status = 'CONFIRMED'")) {
            r.next();
            assertThat(r.getLong(1)).isEqualTo(36);
        }
    }

    private static <T> List<T> parallel(int times, Callable<T> call) throws Exception {
        List<Callable<T>> calls = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            calls.add(call);
        }
        return parallel(times, calls);
    }

    private static <T> List<T> parallel(int threads, List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, 64));
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

    private long count(String where) throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.createStatement();
             var r = s.executeQuery("SELECT count(*) FROM registration WHERE edition = " + EDITION + " AND " + where)) {
            r.next();
            return r.getLong(1);
        }
    }

    private List<String> ids(String where) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (var c = dataSource.getConnection(); var s = c.createStatement();
             var r = s.executeQuery("SELECT id FROM registration WHERE edition = " + EDITION + " AND " + where)) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        return ids;
    }

    private String subjectOf(String id) throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.createStatement();
             var r = s.executeQuery("SELECT subject FROM registration WHERE id = '" + id + "'")) {
            r.next();
            return r.getString(1);
        }
    }
}
