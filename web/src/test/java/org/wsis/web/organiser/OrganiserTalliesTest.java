package org.wsis.web.organiser;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OrganiserTalliesTest {

    private static final String TALLIES = "/auth/prizes/editions/2026/tallies";

    @OidcWireMock
    WireMockServer services;

    @Test
    @TestSecurity(user = OrganiserAccessToken.USER, roles = "organiser", augmentors = OrganiserAccessToken.class)
    void theTalliesAreRenderedWithTheAttributesTheScriptAndTheBrowserTestsRead() {
        services.stubFor(get(urlPathEqualTo(TALLIES)).willReturn(okJson(tallies(1520, 1200, 320))));

        given().get("/organiser/tallies").then().statusCode(200)
                .body(containsString("<section id=\"tallies\" aria-live=\"polite\""),
                        containsString("data-stream=\"/organiser/tallies/stream\""),
                        containsString("<h2 id=\"category-C7_E_HEALTH\">C7 ICT applications: e-health</h2>"),
                        containsString("data-total=\"1520\">1,520</strong>"),
                        containsString("<tr data-nomination-id=\"n-1\" data-votes=\"1200\">"),
                        containsString("<tr data-nomination-id=\"n-2\" data-votes=\"320\">"),
                        containsString("inline-size: 79%"), containsString("79%"),
                        containsString("id=\"tallies-updated\""), containsString("id=\"tallies-refresh\""),
                        containsString("<script src=\"/assets/tallies.js\" defer></script>"),
                        containsString("href=\"/organiser/anomalies\""));
        // the script's words, JSON in an attribute (escaped)
        given().get("/organiser/tallies").then().body(containsString("data-i18n=\"{&quot;project&quot;:&quot;Project&quot;"));
        services.verify(getRequestedFor(urlPathEqualTo(TALLIES))
                .withHeader("Authorization", equalTo("Bearer " + OrganiserAccessToken.TOKEN)));
        given().get("/assets/tallies.js").then().statusCode(200).body(containsString("new EventSource("));
    }

    @Test
    @TestSecurity(user = "r-1", roles = "reviewer")
    void reviewersSeeTheTalliesButNotTheAnomalies() {
        services.stubFor(get(urlPathEqualTo(TALLIES)).willReturn(okJson(tallies(3, 2, 1))));
        given().get("/organiser/tallies").then().statusCode(200)
                .body(containsString("data-votes=\"2\""), not(containsString("href=\"/organiser/anomalies\"")));
        given().redirects().follow(false).get("/organiser/anomalies").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = OrganiserAccessToken.USER, roles = "organiser", augmentors = OrganiserAccessToken.class)
    void theStreamRelaysEveryEventOfPrizesServiceAsTheSignedInOrganiser() {
        // as a Quarkus service answers for @RestStreamElementType(APPLICATION_JSON)
        services.stubFor(get(urlPathEqualTo(TALLIES + "/stream")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream").withHeader("X-SSE-Content-Type", "application/json")
                .withBody("data: " + tallies(10, 7, 3) + "\n\n" + "data: " + tallies(11, 8, 3) + "\n\n")));

        assertRelaysBoth();
        services.verify(getRequestedFor(urlPathEqualTo(TALLIES + "/stream"))
                .withHeader("Authorization", equalTo("Bearer " + OrganiserAccessToken.TOKEN))
                .withHeader("Accept", containing("text/event-stream")));
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void theStreamIsReadAsJsonEvenWithoutTheQuarkusElementTypeHeader() {
        services.stubFor(get(urlPathEqualTo(TALLIES + "/stream")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream")
                .withBody(": a comment\n\nevent: message\ndata: " + tallies(10, 7, 3) + "\n\n"
                        + "data: " + tallies(11, 8, 3) + "\n\n")));
        assertRelaysBoth();
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void aStreamTheServiceRefusesEndsQuietly() {
        services.stubFor(get(urlPathEqualTo(TALLIES + "/stream")).willReturn(aResponse().withStatus(503)
                .withHeader("Retry-After", "5").withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Service Unavailable\",\"status\":503}")));
        String body = given().accept("text/event-stream").get("/organiser/tallies/stream")
                .then().statusCode(200).extract().asString();
        assertThat(body).doesNotContain("data:");
    }

    private static void assertRelaysBoth() {
        String body = given().accept("text/event-stream").get("/organiser/tallies/stream")
                .then().statusCode(200).contentType(containsString("text/event-stream"))
                .extract().asString();
        assertThat(body.lines().filter(line -> line.startsWith("data:")).toList()).hasSize(2)
                .satisfiesExactly(
                        first -> assertThat(first).contains("\"totalVotes\":10", "\"nominationId\":\"n-1\"", "\"votes\":7"),
                        second -> assertThat(second).contains("\"totalVotes\":11", "\"votes\":8"));
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void theFlaggedProjectsAreShownWithTheirReasonsAndFigures() {
        services.stubFor(get(urlPathEqualTo("/auth/prizes/editions/2026/vote-integrity/anomalies"))
                .willReturn(okJson("{\"edition\":2026,\"windowStart\":\"2026-03-01T10:00:00Z\","
                        + "\"windowEnd\":\"2026-03-01T10:10:00Z\",\"rule\":{\"window\":\"PT10M\",\"newAccountAge\":\"PT1H\","
                        + "\"minVotes\":20,\"burstVotesPerMinute\":10,\"burstFactor\":5.0,\"newAccountShare\":0.5},"
                        + "\"nominations\":[{\"nominationId\":\"n-9\",\"category\":\"C7_E_HEALTH\",\"categoryNumber\":10,"
                        + "\"title\":\"Clinic by SMS\",\"totalVotes\":812,\"windowVotes\":40,\"votesPerMinute\":4.0,"
                        + "\"peakMinuteVotes\":40,\"newAccountVotes\":30,\"newAccountShare\":0.75,"
                        + "\"categoryMedianPerMinute\":2.0,\"burstThreshold\":10.0,\"reasons\":[\"BURST\",\"NEW_ACCOUNTS\"]}]}")));
        given().get("/organiser/anomalies").then().statusCode(200)
                .body(containsString("Clinic by SMS"), containsString("data-reason=\"BURST\">Burst of votes within a minute"),
                        containsString("data-reason=\"NEW_ACCOUNTS\">Many votes from new accounts"),
                        containsString("30 (75%)"), containsString("Window: the last 10 min"),
                        containsString("1 flagged project"), not(containsString("id=\"no-anomalies\"")));
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void noAnomaliesIsSaidInWords() {
        services.stubFor(get(urlPathEqualTo("/auth/prizes/editions/2026/vote-integrity/anomalies"))
                .willReturn(okJson("{\"edition\":2026,\"windowStart\":\"2026-03-01T10:00:00Z\","
                        + "\"windowEnd\":\"2026-03-01T10:10:00Z\",\"rule\":{\"window\":\"PT10M\"},\"nominations\":[]}")));
        given().cookie("lang", "fr").get("/organiser/anomalies").then().statusCode(200)
                .body(containsString("id=\"no-anomalies\""), containsString("Aucune anomalie"));
    }

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void participantsMayNotSeeTheTalliesNorTheirStream() {
        given().redirects().follow(false).get("/organiser/tallies").then().statusCode(403);
        given().redirects().follow(false).accept("text/event-stream").get("/organiser/tallies/stream")
                .then().statusCode(403);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        given().redirects().follow(false).get("/organiser/tallies")
                .then().statusCode(302).header("Location", containsString("/realms/quarkus"));
    }

    static String tallies(long total, long first, long second) {
        return "{\"edition\":2026,\"totalVotes\":" + total + ",\"categories\":[{\"category\":\"C7_E_HEALTH\","
                + "\"categoryNumber\":10,\"title\":\"ICT applications: E-health\",\"total\":" + total
                + ",\"nominations\":[{\"nominationId\":\"n-1\",\"title\":\"Clinic by SMS\",\"organisation\":\"Health Org\","
                + "\"votes\":" + first + "},{\"nominationId\":\"n-2\",\"title\":\"Tele-radiology\","
                + "\"organisation\":\"Radiology & Co\",\"votes\":" + second + "}]}]}";
    }

    private static com.github.tomakehurst.wiremock.matching.StringValuePattern containing(String text) {
        return com.github.tomakehurst.wiremock.client.WireMock.containing(text);
    }
}
