package org.wsis.prizes;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.wsis.infra.testing.TestTokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;

/** Request helpers: real signed tokens and the contract's JSON bodies. */
final class Api {

    static final List<String> PHASES = List.of("SUBMISSION", "REVIEW", "VOTING", "EVALUATION", "CLOSED");

    private Api() {
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    static String participant(String subject) {
        return TestTokens.participant(subject);
    }

    static String organiser() {
        return TestTokens.organiser();
    }

    static String reviewer() {
        return TestTokens.reviewer();
    }

    static String newSubject() {
        return "p-" + UUID.randomUUID();
    }

    static void openContest(int edition, int championsPerCategory) {
        as(organiser()).body(Map.of("championsPerCategory", championsPerCategory))
                .put("/editions/{edition}/contest", edition).then().statusCode(201);
    }

    /** Moves the contest forward one phase at a time until it is in {@code phase}. */
    static void advanceTo(int edition, String phase) {
        String current = anonymous().get("/editions/{edition}/contest", edition).then().statusCode(200)
                .extract().path("phase");
        for (int i = PHASES.indexOf(current) + 1; i <= PHASES.indexOf(phase); i++) {
            as(organiser()).body(Map.of("phase", PHASES.get(i)))
                    .post("/editions/{edition}/contest/phase", edition).then().statusCode(200);
        }
    }

    /** A text of exactly {@code words} words. */
    static String words(int words) {
        return IntStream.range(0, words).mapToObj(i -> i % 10 == 9 ? "impact." : "word" + i)
                .collect(Collectors.joining(" "));
    }

    static Map<String, Object> nomination(String category, String organisation) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Project of " + organisation);
        body.put("category", category);
        body.put("organisation", organisation);
        body.put("country", "KE");
        body.put("stakeholderGroup", "CIVIL_SOCIETY");
        body.put("description", words(160));
        body.put("projectUrl", "https://example.org/" + UUID.randomUUID());
        body.put("sdgs", List.of(3, 9));
        return body;
    }

    /** Submits as a new participant and answers the nomination's id. */
    static String submit(int edition, String category, String organisation) {
        return submit(edition, newSubject(), nomination(category, organisation));
    }

    static String submit(int edition, String subject, Map<String, Object> body) {
        return as(participant(subject)).body(body).post("/editions/{edition}/nominations", edition)
                .then().statusCode(201).extract().path("id");
    }

    static void review(int edition, String nominationId, String decision) {
        as(reviewer()).body(Map.of("decision", decision))
                .post("/editions/{edition}/nominations/{id}/review", edition, nominationId).then().statusCode(200);
    }

    static io.restassured.response.Response vote(int edition, String subject, String nominationId) {
        return as(participant(subject)).body(Map.of("nominationId", nominationId))
                .post("/editions/{edition}/votes", edition);
    }
}
