package org.wsis.prizes;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.wsis.infra.testing.TestEditions;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.wsis.prizes.Api.anonymous;
import static org.wsis.prizes.Api.as;
import static org.wsis.prizes.Api.organiser;
import static org.wsis.prizes.Api.participant;
import static org.wsis.prizes.Api.reviewer;

/** Champions with ties at the boundary, winners among them, closing, results. */
@QuarkusTest
class AwardsTest {

    private static final int EDITION = TestEditions.next();
    private static final String BASE = "/editions/" + EDITION;

    @Test
    void championsWinnersAndResults() {
        Api.openContest(EDITION, 2);
        String a = Api.submit(EDITION, "C7_E_HEALTH", "Org A");
        String b = Api.submit(EDITION, "C7_E_HEALTH", "Org B");
        String c = Api.submit(EDITION, "C7_E_HEALTH", "Org C");
        String d = Api.submit(EDITION, "C7_E_HEALTH", "Org D");
        String e = Api.submit(EDITION, "C11", "Org E");
        String f = Api.submit(EDITION, "C11", "Org F");
        String g = Api.submit(EDITION, "C11", "Org G");
        String rejected = Api.submit(EDITION, "C1", "Org R");
        Api.advanceTo(EDITION, "REVIEW");
        List.of(a, b, c, d, e, f, g).forEach(id -> Api.review(EDITION, id, "NOMINATE"));
        Api.review(EDITION, rejected, "REJECT");
        Api.advanceTo(EDITION, "VOTING");
        anonymous().get(BASE + "/champions").then().statusCode(409)
                .contentType(startsWith("application/problem+json"));
        as(reviewer()).body(Map.of("nominationId", a)).put(BASE + "/categories/C7_E_HEALTH/winner").then()
                .statusCode(409);

        // health: A 3, B 2, C 2, D 1 -> with 2 champions per category, B and C tie at the boundary
        // cooperation: E 2, F 1, G 1 -> F and G tie at the boundary
        List<String> voters = Participants.confirmed(EDITION, 8).stream()
                .map(Participants.Registration::subject).toList();
        String[] health = {a, a, a, b, b, c, c, d};
        String[] cooperation = {e, e, f, g};
        for (int i = 0; i < voters.size(); i++) {
            Api.vote(EDITION, voters.get(i), health[i]).then().statusCode(201);
            if (i < cooperation.length) {
                Api.vote(EDITION, voters.get(i), cooperation[i]).then().statusCode(201);
            }
        }

        Api.advanceTo(EDITION, "EVALUATION");
        Api.vote(EDITION, voters.get(0), g).then().statusCode(409); // voting has ended
        anonymous().get(BASE + "/champions").then().statusCode(200)
                .body("categories.category", contains("C7_E_HEALTH", "C11"))
                .body("categories[0].categoryNumber", equalTo(10))
                .body("categories[0].champions.nominationId", contains(a, b, c))
                .body("categories[0].champions.votes", contains(3, 2, 2))
                .body("categories[0].champions.rank", contains(1, 2, 2))
                .body("categories[0].winner", nullValue())
                .body("categories[1].champions.nominationId", contains(e, f, g))
                .body("categories[1].champions.rank", contains(1, 2, 2));
        anonymous().get(BASE + "/results").then().statusCode(409);

        // winners: reviewers, among the category's champions only
        String healthWinner = BASE + "/categories/C7_E_HEALTH/winner";
        as(reviewer()).body(Map.of("nominationId", d)).put(healthWinner).then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:wsis:problem:not-a-champion"));
        as(reviewer()).body(Map.of("nominationId", e)).put(healthWinner).then().statusCode(422);
        as(reviewer()).body(Map.of("nominationId", UUID.randomUUID())).put(healthWinner).then().statusCode(422);
        as(reviewer()).body(Map.of("nominationId", a)).put(BASE + "/categories/C99/winner").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        as(organiser()).body(Map.of("nominationId", a)).put(healthWinner).then().statusCode(403);
        as(participant(voters.get(0))).body(Map.of("nominationId", a)).put(healthWinner).then().statusCode(403);
        as(reviewer()).body(Map.of()).put(healthWinner).then().statusCode(400);
        as(reviewer()).body(Map.of("nominationId", b)).put(healthWinner).then().statusCode(200)
                .body("nominationId", equalTo(b)).body("category", equalTo("C7_E_HEALTH"));
        // a tied champion can win too, and the choice can change until the contest closes
        as(reviewer()).body(Map.of("nominationId", c)).put(healthWinner).then().statusCode(200)
                .body("nominationId", equalTo(c));

        // closing waits for every category with champions
        as(organiser()).body(Map.of("phase", "CLOSED")).post(BASE + "/contest/phase").then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:wsis:problem:winners-missing"))
                .body("missingCategories", contains("C11"))
                .body("detail", containsString("C11"));
        anonymous().get(BASE + "/contest").then().body("phase", equalTo("EVALUATION"));
        as(reviewer()).body(Map.of("nominationId", e)).put(BASE + "/categories/C11/winner").then().statusCode(200);
        as(organiser()).body(Map.of("phase", "CLOSED")).post(BASE + "/contest/phase").then().statusCode(200);
        as(reviewer()).body(Map.of("nominationId", a)).put(healthWinner).then().statusCode(409);

        anonymous().get(BASE + "/results").then().statusCode(200)
                .body("edition", equalTo(EDITION))
                .body("categories.category", contains("C7_E_HEALTH", "C11"))
                .body("categories[0].winner.nominationId", equalTo(c))
                .body("categories[0].winner.title", equalTo("Project of Org C"))
                .body("categories[0].winner.votes", equalTo(2))
                .body("categories[0].champions.nominationId", contains(a, b, c))
                .body("categories[1].winner.nominationId", equalTo(e))
                .body("categories[1].winner.organisation", equalTo("Org E"))
                .body("categories[1].champions.nominationId", contains(e, f, g));
    }
}
