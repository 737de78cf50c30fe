package org.wsis.sessions;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.wsis.infra.testing.TestEditions;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.wsis.sessions.Api.as;
import static org.wsis.sessions.Api.base;
import static org.wsis.sessions.Api.organiser;

/** prizes.winners-announced, from prizes-service's committed sample, fills the prize ceremony. */
@QuarkusTest
class PrizeCeremonyTest {

    private static final int EDITION = TestEditions.next();
    private static final String TYPE = "org.wsis.prizes.winners-announced.v1";

    @Test
    void winnersFillTheCeremonyCreatingItWhenMissing() throws Exception {
        var announced = Events.fromSample(TYPE, EDITION, data -> {
        });
        announced.put("subject", String.valueOf(EDITION));
        Events.send("wsis.prizes", announced);
        String ceremonies = base(EDITION) + "/sessions?format=PRIZE_CEREMONY";
        await().atMost(Duration.ofSeconds(30)).until(() ->
                as(organiser()).get(ceremonies).then().extract().<Integer>path("total") == 1);
        as(organiser()).get(ceremonies).then()
                .body("items[0].status", equalTo("UNSCHEDULED"))
                .body("items[0].prizeWinners.category", equalTo(List.of("C7_E_HEALTH", "C11")))
                .body("items[0].prizeWinners.categoryNumber", equalTo(List.of(10, 18)))
                .body("items[0].prizeWinners[0].title", equalTo("Telemedicine for rural clinics"))
                .body("items[0].prizeWinners[0].organisation", equalTo("Kenya Digital Health Agency"));

        // announced again (e.g. corrected): the same ceremony is updated, not duplicated
        var corrected = Events.fromSample(TYPE, EDITION, data -> ((com.fasterxml.jackson.databind.node.ArrayNode)
                data.get("winners")).remove(1));
        corrected.put("subject", String.valueOf(EDITION));
        Events.send("wsis.prizes", corrected);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                as(organiser()).get(ceremonies).then().extract().<List<?>>path("items[0].prizeWinners").size() == 1);
        as(organiser()).get(ceremonies).then().body("total", equalTo(1));
        given().get(base(EDITION) + "/sessions?format=PRIZE_CEREMONY").then().body("total", equalTo(0));
    }

    /** An organiser created the ceremony before the announcement: the winners fill that one. */
    @Test
    void winnersFillAnExistingCeremony() throws Exception {
        int edition = TestEditions.next();
        var body = Api.session("Prize ceremony", "HYBRID", 200, List.of());
        body.put("format", "PRIZE_CEREMONY");
        String ceremony = Api.newSession(edition, body);
        var event = Events.fromSample(TYPE, edition, data -> {
            var winners = (com.fasterxml.jackson.databind.node.ArrayNode) data.get("winners");
            winners.remove(1);
            ((com.fasterxml.jackson.databind.node.ObjectNode) winners.get(0)).put("title", "Tele-ophthalmology vans");
        });
        event.put("subject", String.valueOf(edition));
        Events.send("wsis.prizes", event);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                as(organiser()).get(base(edition) + "/sessions/" + ceremony).then().extract()
                        .<List<?>>path("prizeWinners") != null);
        as(organiser()).get(base(edition) + "/sessions/" + ceremony).then()
                .body("prizeWinners[0].category", equalTo("C7_E_HEALTH"))
                .body("prizeWinners[0].categoryNumber", equalTo(10))
                .body("prizeWinners[0].categoryTitle", equalTo("ICT applications: E-health"))
                .body("prizeWinners[0].title", equalTo("Tele-ophthalmology vans"));
        as(organiser()).get(base(edition) + "/sessions?format=PRIZE_CEREMONY").then().body("total", equalTo(1));
    }
}
