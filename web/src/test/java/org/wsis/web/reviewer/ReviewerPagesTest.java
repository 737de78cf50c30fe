package org.wsis.web.reviewer;

import org.wsis.web.Forms;
import org.wsis.web.ServiceStubs;
import static org.wsis.web.Html.inner;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ReviewerPagesTest {

    static final String PRIZES = "/auth/prizes/editions/2026";
    static final String HEALTH_1 = "33333333-3333-4333-8333-000000000001";
    static final String HEALTH_2 = "33333333-3333-4333-8333-000000000002";
    static final String GOV_1 = "33333333-3333-4333-8333-000000000003";

    @OidcWireMock
    WireMockServer services;

    private ServiceStubs stubs;

    @BeforeEach
    void reset() {
        services.resetRequests();
        stubs = new ServiceStubs(services);
    }

    @AfterEach
    void removeStubs() {
        stubs.removeAll();
    }

    private void stub(MappingBuilder mapping) {
        stubs.stub(mapping);
    }

    private void phase(String phase) {
        stub(get(urlPathEqualTo(PRIZES + "/contest")).willReturn(okJson("""
                {"edition":2026,"phase":"%s","championsPerCategory":2,"openedAt":"2026-01-10T09:00:00Z"}""".formatted(phase))));
    }

    static String nomination(String id, String category, int number, String title, String url) {
        return """
                {"id":"%s","edition":2026,"category":"%s","categoryNumber":%d,"title":"%s","organisation":"Org of %s",
                 "country":"Kenya","stakeholderGroup":"CIVIL_SOCIETY","description":"What the project does.",
                 "projectUrl":"%s","sdgs":[3,9],"status":"SUBMITTED","submittedAt":"2026-02-01T10:00:00Z"}"""
                .formatted(id, category, number, title, title, url);
    }

    private void review() {
        phase("REVIEW");
        stub(get(urlPathEqualTo(PRIZES + "/nominations")).withQueryParam("status", equalTo("SUBMITTED"))
                .willReturn(okJson("{\"items\":[" + String.join(",",
                        nomination(HEALTH_1, "C7_E_HEALTH", 10, "Telemedicine vans", "https://vans.example.org"),
                        nomination(GOV_1, "C1", 1, "Open parliament", "javascript:alert(1)"),
                        nomination(HEALTH_2, "C7_E_HEALTH", 10, "Maternal SMS", "https://sms.example.org"))
                        + "],\"page\":0,\"size\":200,\"total\":3}")));
    }

    private void evaluation() {
        phase("EVALUATION");
        stub(get(urlPathEqualTo(PRIZES + "/champions")).willReturn(okJson("""
                {"edition":2026,"categories":[
                  {"category":"C7_E_HEALTH","categoryNumber":10,"title":"ICT applications: E-health",
                   "winner":{"nominationId":"%s","title":"Maternal SMS","organisation":"Org of Maternal SMS","votes":80,"rank":2},
                   "champions":[
                     {"nominationId":"%s","title":"Telemedicine vans","organisation":"Org of Telemedicine vans","country":"Kenya","votes":120,"rank":1},
                     {"nominationId":"%s","title":"Maternal SMS","organisation":"Org of Maternal SMS","country":"Ghana","votes":80,"rank":2}]},
                  {"category":"C1","categoryNumber":1,"title":"The role of governments",
                   "champions":[{"nominationId":"%s","title":"Open parliament","organisation":"Org of Open parliament","votes":9,"rank":1}]}]}"""
                .formatted(HEALTH_2, HEALTH_1, HEALTH_2, GOV_1))));
    }


    @Test
    @TestSecurity(user = "r-1", roles = "reviewer")
    void duringReviewTheSubmittedProjectsAreListedByCategory() {
        review();
        String html = given().get("/reviewer").then().statusCode(200).extract().asString();

        assertThat(html).contains("Review", "Projects to review (3)");
        // categories in their order (C1 before C7 e-health), both projects of e-health under it
        assertThat(html.indexOf("C1 The role of governments")).isLessThan(html.indexOf("C7 ICT applications: e-health"));
        String health = inner(html, "<section aria-labelledby=\"cat-C7_E_HEALTH\">", "</section>");
        assertThat(health).contains("Telemedicine vans", "Maternal SMS", "Org of Telemedicine vans", "Kenya",
                "<a href=\"https://vans.example.org\"", "3, 9", "What the project does.",
                "id=\"review-" + HEALTH_1 + "\"", "class=\"nominate\"", "class=\"reject secondary\"",
                "<label for=\"reason-" + HEALTH_1 + "\"");
        // an address that is no web address is shown, never a link
        assertThat(html).doesNotContain("href=\"javascript:");
    }

    @Test
    @TestSecurity(user = "r-1", roles = "reviewer")
    void nominatingPostsTheDecision() {
        review();
        stub(post(urlPathEqualTo(PRIZES + "/nominations/" + HEALTH_1 + "/review")).willReturn(okJson(
                nomination(HEALTH_1, "C7_E_HEALTH", 10, "Telemedicine vans", "https://vans.example.org"))));
        Forms csrf = Forms.of("/reviewer");

        given().redirects().follow(false).cookies(csrf.cookies()).formParam(csrf.fieldName(), csrf.token())
                .formParam("decision", "NOMINATE").formParam("reason", "")
                .post("/reviewer/nominations/" + HEALTH_1 + "/review")
                .then().statusCode(303)
                .header("Location", endsWith("/reviewer?reviewed=" + HEALTH_1 + "&decision=NOMINATE"));

        services.verify(postRequestedFor(urlPathEqualTo(PRIZES + "/nominations/" + HEALTH_1 + "/review"))
                .withRequestBody(equalToJson("{\"decision\":\"NOMINATE\"}")));
    }

    @Test
    @TestSecurity(user = "r-1", roles = "reviewer")
    void rejectingPostsTheReasonAndTheNoticeNamesTheProject() {
        review();
        stub(post(urlPathEqualTo(PRIZES + "/nominations/" + GOV_1 + "/review")).willReturn(okJson(
                nomination(GOV_1, "C1", 1, "Open parliament", "https://parl.example.org"))));
        stub(get(urlPathEqualTo(PRIZES + "/nominations/" + GOV_1)).willReturn(okJson(
                nomination(GOV_1, "C1", 1, "Open parliament", "https://parl.example.org"))));
        Forms csrf = Forms.of("/reviewer");

        given().redirects().follow(false).cookies(csrf.cookies()).formParam(csrf.fieldName(), csrf.token())
                .formParam("decision", "REJECT").formParam("reason", "  No measurable impact yet ")
                .post("/reviewer/nominations/" + GOV_1 + "/review")
                .then().statusCode(303);
        services.verify(postRequestedFor(urlPathEqualTo(PRIZES + "/nominations/" + GOV_1 + "/review"))
                .withRequestBody(equalToJson("{\"decision\":\"REJECT\",\"reason\":\"No measurable impact yet\"}")));

        given().get("/reviewer?reviewed=" + GOV_1 + "&decision=REJECT").then().statusCode(200)
                .body(containsString("<p class=\"notice\" role=\"status\" id=\"review-notice\">&quot;Open parliament&quot; is rejected"));
    }

    @Test
    @TestSecurity(user = "r-1", roles = "reviewer")
    void aRefusedReviewKeepsTheReasonAndSaysWhy() {
        review();
        stub(post(urlPathEqualTo(PRIZES + "/nominations/" + HEALTH_2 + "/review")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"status":400,"title":"Invalid request","detail":"reason: size must be between 0 and 1000",
                         "violations":[{"field":"reason","message":"size must be between 0 and 1000"}]}""")));
        Forms csrf = Forms.of("/reviewer");

        String html = given().cookies(csrf.cookies()).formParam(csrf.fieldName(), csrf.token())
                .formParam("decision", "REJECT").formParam("reason", "Too long")
                .post("/reviewer/nominations/" + HEALTH_2 + "/review")
                .then().statusCode(400).extract().asString();
        String form = inner(html, "id=\"review-" + HEALTH_2 + "\"", "</form>");
        assertThat(form).contains("aria-invalid=\"true\">Too long</textarea>",
                "<p class=\"error\" id=\"reason-" + HEALTH_2 + "-error\">size must be between 0 and 1000</p>");
    }

    @Test
    @TestSecurity(user = "r-1", roles = "reviewer")
    void duringEvaluationTheWinnerIsPickedAmongTheChampions() {
        evaluation();
        given().get("/reviewer").then().statusCode(200)
                .body(containsString("The experts choose each category"), containsString("href=\"/reviewer/winners\""));
        String html = given().get("/reviewer/winners").then().statusCode(200).extract().asString();
        String health = inner(html, "id=\"winner-C7_E_HEALTH\"", "</form>");
        assertThat(health).contains("type=\"radio\" name=\"nominationId\" id=\"winner-C7_E_HEALTH-" + HEALTH_1 + "\"",
                "value=\"" + HEALTH_2 + "\" checked", "Telemedicine vans", "120 votes", "class=\"pick-winner\"");
        assertThat(html).contains("Current winner: Maternal SMS", "No winner chosen yet.");

        stub(put(urlPathEqualTo(PRIZES + "/categories/C7_E_HEALTH/winner")).willReturn(okJson("""
                {"edition":2026,"category":"C7_E_HEALTH","categoryNumber":10,"nominationId":"%s"}""".formatted(HEALTH_1))));
        Forms csrf = Forms.of("/reviewer/winners");
        given().redirects().follow(false).cookies(csrf.cookies()).formParam(csrf.fieldName(), csrf.token())
                .formParam("nominationId", HEALTH_1).post("/reviewer/winners/C7_E_HEALTH")
                .then().statusCode(303).header("Location", endsWith("/reviewer/winners?picked=C7_E_HEALTH"));
        services.verify(putRequestedFor(urlPathEqualTo(PRIZES + "/categories/C7_E_HEALTH/winner"))
                .withRequestBody(equalToJson("{\"nominationId\":\"" + HEALTH_1 + "\"}")));
    }

    @Test
    @TestSecurity(user = "r-1", roles = "reviewer")
    void aWinnerTheServiceRefusesIsExplained() {
        evaluation();
        stub(put(urlPathEqualTo(PRIZES + "/categories/C1/winner")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"status":422,"title":"Unprocessable","detail":"The project is not a champion of C1."}""")));
        Forms csrf = Forms.of("/reviewer/winners");
        String html = given().cookies(csrf.cookies()).formParam(csrf.fieldName(), csrf.token())
                .formParam("nominationId", HEALTH_1).post("/reviewer/winners/C1")
                .then().statusCode(422).extract().asString();
        assertThat(inner(html, "id=\"winner-C1\"", "</form>")).contains("The project is not a champion of C1.");

        given().cookies(csrf.cookies()).formParam(csrf.fieldName(), csrf.token())
                .post("/reviewer/winners/C1").then().statusCode(400).body(containsString("Choose one of the champions."));
        services.verify(0, putRequestedFor(urlPathEqualTo(PRIZES + "/categories/C1/winner"))
                .withRequestBody(equalToJson("{}")));
    }

    @Test
    @TestSecurity(user = "r-1", roles = "reviewer")
    void otherPhasesSayWhatHappensInThem() {
        phase("VOTING");
        given().get("/reviewer").then().statusCode(200)
                .body(containsString("The public is voting"), not(containsString("class=\"nominate\"")));
        given().get("/reviewer/winners").then().statusCode(200)
                .body(containsString("The winners are chosen during the evaluation"), not(containsString("type=\"radio\"")));
    }

    @Test
    @TestSecurity(user = "r-1", roles = "reviewer")
    void inFrench() {
        review();
        given().cookie("lang", "fr").get("/reviewer").then().statusCode(200)
                .body(containsString("<html lang=\"fr\""), containsString("<h1>Évaluateurs</h1>"),
                        containsString("Projets à évaluer (3)"), containsString("Nominer"), containsString("Rejeter"));
    }

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void aParticipantMayNotReview() {
        given().get("/reviewer").then().statusCode(403);
        given().get("/reviewer/winners").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void anOrganiserIsNoReviewer() {
        given().get("/reviewer").then().statusCode(403);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        given().redirects().follow(false).get("/reviewer").then().statusCode(302)
                .header("Location", containsString("/realms/quarkus"))
                .header("Location", containsString("client_id=quarkus-web-app"));
        given().redirects().follow(false).get("/reviewer/winners").then().statusCode(302);
    }
}
