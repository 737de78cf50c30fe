package org.wsis.prizes;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.wsis.infra.testing.TestEditions;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.wsis.prizes.Api.anonymous;
import static org.wsis.prizes.Api.as;
import static org.wsis.prizes.Api.newSubject;
import static org.wsis.prizes.Api.nomination;
import static org.wsis.prizes.Api.organiser;
import static org.wsis.prizes.Api.participant;
import static org.wsis.prizes.Api.reviewer;

/** Submission, the one-project-per-organisation rule, review and who sees what. */
@QuarkusTest
class NominationResourceTest {

    private static final int EDITION = TestEditions.next();
    private static final String NOMINATIONS = "/editions/" + EDITION + "/nominations";

    @Test
    void submissionReviewAndVisibility() {
        String proposer = newSubject();
        // no contest yet
        as(participant(proposer)).body(nomination("C7_E_HEALTH", "Health Org")).post(NOMINATIONS).then()
                .statusCode(409).body("type", equalTo("urn:wsis:problem:contest-not-open"));
        Api.openContest(EDITION, 2);

        // every field is checked; the description counts words, not characters
        Map<String, Object> tooShort = nomination("C7_E_HEALTH", "Health Org");
        tooShort.put("description", Api.words(149));
        as(participant(proposer)).body(tooShort).post(NOMINATIONS).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", contains("description"))
                .body("violations[0].message", containsString("it has 149"));
        Map<String, Object> longWords = nomination("C7_E_HEALTH", "Health Org");
        longWords.put("description", Api.words(150).replace("word", "extraordinarilylongword"));
        Map<String, Object> tooLong = nomination("C7_E_HEALTH", "Health Org");
        tooLong.put("description", Api.words(201));
        as(participant(proposer)).body(tooLong).post(NOMINATIONS).then().statusCode(400)
                .body("violations.field", contains("description"));
        Map<String, Object> bad = nomination("C7_E_HEALTH", "Health Org");
        bad.put("projectUrl", "http://example.org/p");
        bad.put("sdgs", List.of(0, 18));
        bad.put("country", "XX");
        bad.remove("title");
        as(participant(proposer)).body(bad).post(NOMINATIONS).then().statusCode(400)
                .body("violations.field", hasItem("projectUrl"))
                .body("violations.field", hasItem("country"))
                .body("violations.field", hasItem("title"))
                .body("violations.field", hasItem(containsString("sdgs")));
        Map<String, Object> noSdgs = nomination("C7_E_HEALTH", "Health Org");
        noSdgs.put("sdgs", List.of());
        as(participant(proposer)).body(noSdgs).post(NOMINATIONS).then().statusCode(400)
                .body("violations.field", contains("sdgs"));
        Map<String, Object> badCategory = nomination("C99", "Health Org");
        as(participant(proposer)).body(badCategory).post(NOMINATIONS).then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        as(organiser()).body(nomination("C7_E_HEALTH", "Health Org")).post(NOMINATIONS).then().statusCode(403);
        anonymous().body(nomination("C7_E_HEALTH", "Health Org")).post(NOMINATIONS).then().statusCode(401);

        // 150 words of any length are fine
        var created = as(participant(proposer)).body(longWords).post(NOMINATIONS).then().statusCode(201)
                .body("status", equalTo("SUBMITTED")).body("category", equalTo("C7_E_HEALTH"))
                .body("categoryNumber", equalTo(10)).body("sdgs", contains(3, 9))
                .extract();
        String health = created.path("id");
        assertThat(created.header("Location")).endsWith(NOMINATIONS + "/" + health);

        // the same organisation, written differently, in the same category: refused by the database
        as(participant(newSubject())).body(nomination("C7_E_HEALTH", "  health   ORG ")).post(NOMINATIONS).then()
                .statusCode(409).body("type", equalTo("urn:wsis:problem:organisation-already-nominated"));
        as(participant(newSubject())).body(nomination("C7_E_HEALTH", "HealthOrg")).post(NOMINATIONS).then()
                .statusCode(409);
        // ... but another category is fine
        String learning = Api.submit(EDITION, proposer, nomination("C7_E_LEARNING", "Health Org"));
        String other = Api.submit(EDITION, "C7_E_HEALTH", "Another Org");

        // before VOTING: the public sees nothing, the proposer their own, the staff all
        anonymous().get(NOMINATIONS).then().statusCode(200).body("total", equalTo(0));
        anonymous().get(NOMINATIONS + "/" + health).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        as(participant(proposer)).get(NOMINATIONS).then().statusCode(200)
                .body("items.id", containsInAnyOrder(health, learning));
        as(participant(newSubject())).get(NOMINATIONS + "/" + health).then().statusCode(404);
        as(organiser()).get(NOMINATIONS).then().body("total", equalTo(3));
        as(reviewer()).get(NOMINATIONS + "?category=C7_E_HEALTH").then()
                .body("items.id", containsInAnyOrder(health, other));

        // review only during REVIEW, only by reviewers
        as(reviewer()).body(Map.of("decision", "NOMINATE")).post(NOMINATIONS + "/" + health + "/review").then()
                .statusCode(409).body("type", equalTo("urn:wsis:problem:wrong-phase"));
        Api.advanceTo(EDITION, "REVIEW");
        as(participant(newSubject())).body(nomination("C1", "Late Org")).post(NOMINATIONS).then().statusCode(409)
                .body("type", equalTo("urn:wsis:problem:wrong-phase")).body("phase", equalTo("REVIEW"));
        as(organiser()).body(Map.of("decision", "NOMINATE")).post(NOMINATIONS + "/" + health + "/review").then()
                .statusCode(403);
        as(reviewer()).body(Map.of("decision", "MAYBE")).post(NOMINATIONS + "/" + health + "/review").then()
                .statusCode(400);
        as(reviewer()).body(Map.of("decision", "NOMINATE")).post(NOMINATIONS + "/" + java.util.UUID.randomUUID()
                + "/review").then().statusCode(404);
        as(reviewer()).body(Map.of("decision", "NOMINATE", "reason", "Strong impact"))
                .post(NOMINATIONS + "/" + health + "/review").then().statusCode(200)
                .body("status", equalTo("NOMINATED"));
        as(reviewer()).body(Map.of("decision", "REJECT")).post(NOMINATIONS + "/" + health + "/review").then()
                .statusCode(409).body("type", equalTo("urn:wsis:problem:already-reviewed"));
        as(reviewer()).body(Map.of("decision", "REJECT", "reason", "Out of scope"))
                .post(NOMINATIONS + "/" + learning + "/review").then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        Api.review(EDITION, other, "NOMINATE");

        // the proposer sees the decisions and reasons
        as(participant(proposer)).get(NOMINATIONS + "/" + learning).then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("reviewReason", equalTo("Out of scope"));

        // from VOTING on the public sees the NOMINATED ones, without review details
        anonymous().get(NOMINATIONS).then().body("total", equalTo(0));
        Api.advanceTo(EDITION, "VOTING");
        anonymous().get(NOMINATIONS).then().statusCode(200).body("total", equalTo(2))
                .body("items.id", containsInAnyOrder(health, other))
                .body("items[0].reviewReason", nullValue());
        anonymous().get(NOMINATIONS + "/" + learning).then().statusCode(404);
        anonymous().get(NOMINATIONS + "/" + health).then().statusCode(200).body("title", equalTo("Project of Health Org"));
        anonymous().get(NOMINATIONS + "?status=REJECTED").then().body("items", hasSize(0));
        as(participant(proposer)).get(NOMINATIONS + "?category=C7_E_LEARNING").then()
                .body("items.id", contains(learning));
        as(organiser()).get(NOMINATIONS + "?status=REJECTED&size=1&page=0").then()
                .body("items.id", contains(learning)).body("size", equalTo(1)).body("total", equalTo(1));

        assertThat(Db.string("SELECT organisation FROM nomination WHERE id = '" + health + "'")).isEqualTo("Health Org");
    }
}
