package org.wsis.registration;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.wsis.infra.testing.TestTokens;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Request helpers: real signed tokens and the contract's JSON bodies. */
final class Api {

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

    static String newSubject() {
        return "p-" + UUID.randomUUID();
    }

    /** Opens registration for the edition now, for a week, with the given in-person capacity. */
    static void openRegistration(int edition, int capacity) {
        as(organiser()).body(Map.of(
                        "inPersonCapacity", capacity,
                        "opensAt", Instant.now().minus(1, ChronoUnit.DAYS).toString(),
                        "closesAt", Instant.now().plus(7, ChronoUnit.DAYS).toString()))
                .put("/editions/{edition}/registration-settings", edition)
                .then().statusCode(200);
    }

    static Map<String, Object> registration(String group, String attendance) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", "Amina");
        body.put("lastName", "Diallo-" + unique);
        body.put("email", "amina." + unique + "@example.org");
        body.put("organisation", "Ministry of Digital Economy");
        body.put("jobTitle", "Director");
        body.put("country", "SN");
        body.put("stakeholderGroup", group);
        body.put("attendance", attendance);
        body.put("dataProcessingConsent", true);
        return body;
    }

    /** Registers and answers the new registration's id. */
    static String register(int edition, String subject, Map<String, Object> body) {
        return as(participant(subject)).body(body)
                .post("/editions/{edition}/registrations", edition)
                .then().statusCode(201).extract().path("id");
    }

}
