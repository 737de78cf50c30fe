package org.wsis.web.me;

import org.wsis.web.Forms;
import org.wsis.web.ServiceStubs;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class MyVotesTest {

    static final String NOMINATION = "5b1f1f0e-8a57-4d5e-9c0a-3f1e2d3c4b5a";
    static final String OTHER = "0c9e7a61-2b3d-4e5f-8a9b-1c2d3e4f5a6b";
    static final String VOTE = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    static final String RECEIPT = "q3N8m2kV0xY7a1bC4dE6fG8hJ0kL2mN4pQ6rS8tU0vW+/=";
    static final String VOTES = "/prizes/editions/2026/votes";

    @OidcWireMock
    WireMockServer services;

    private ServiceStubs stubs;

    @BeforeEach
    void forgetRequests() {
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

    private void nominations() {
        stub(get(ServiceStubs.at("/prizes/editions/2026/nominations/" + NOMINATION)).willReturn(okJson("""
                {"id":"%s","edition":2026,"category":"C7_E_HEALTH","categoryNumber":10,"title":"Clinics <online>",
                 "organisation":"Health Ministry","country":"KE","status":"NOMINATED","description":"Telemedicine for rural clinics."}
                """.formatted(NOMINATION))));
        stub(get(ServiceStubs.at("/prizes/editions/2026/nominations/" + OTHER)).willReturn(okJson("""
                {"id":"%s","edition":2026,"category":"C7_E_HEALTH","categoryNumber":10,"title":"Mobile midwives",
                 "organisation":"NGO","country":"SN","status":"NOMINATED"}
                """.formatted(OTHER))));
    }

    private static String receipt(String nominationId) {
        return """
                {"voteId":"%s","category":"C7_E_HEALTH","categoryNumber":10,"nominationId":"%s",
                 "castAt":"2026-03-02T14:05:00Z","receipt":"%s"}""".formatted(VOTE, nominationId, RECEIPT);
    }

    private void myVotes(String nominationId) {
        stub(get(ServiceStubs.at(VOTES + "/me")).willReturn(okJson(
                "{\"items\":[" + receipt(nominationId) + "],\"page\":0,\"size\":1,\"total\":1}")));
    }

    private void voteAnswers(int status, String body, Map<String, String> headers) {
        var answer = aResponse().withStatus(status).withBody(body).withHeader("Content-Type",
                status < 300 ? "application/json" : "application/problem+json");
        headers.forEach(answer::withHeader);
        stub(post(ServiceStubs.at(VOTES)).willReturn(answer));
    }

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void confirmingAVotePostsTheNominationAndShowsTheReceipt() {
        nominations();
        String confirm = given().get("/vote/" + NOMINATION).then().statusCode(200).extract().asString();
        assertThat(confirm).contains("<h2 id=\"project-heading\">Clinics &lt;online&gt;</h2>", "Health Ministry",
                "C7 ICT applications: e-health", "one vote per category", "cannot be changed",
                "<form method=\"post\" action=\"/vote/" + NOMINATION + "\" id=\"vote-form\">",
                "<button type=\"submit\" id=\"confirm-vote\">");

        voteAnswers(201, receipt(NOMINATION), Map.of());
        Forms.of("/vote/" + NOMINATION).post("/vote/" + NOMINATION, Map.of())
                .then().statusCode(303).header("Location", endsWith("/me/votes/" + VOTE));
        services.verify(postRequestedFor(ServiceStubs.at(VOTES))
                .withRequestBody(equalToJson("{\"nominationId\":\"" + NOMINATION + "\"}")));

        myVotes(NOMINATION);
        String page = given().get("/me/votes/" + VOTE).then().statusCode(200).extract().asString();
        assertThat(page).contains("<code id=\"receipt\" class=\"receipt\">" + RECEIPT + "</code>",
                "Clinics &lt;online&gt; (Health Ministry)", "C7 ICT applications: e-health",
                "<time datetime=\"2026-03-02T14:05:00Z\">", "14:05", "UTC",
                "href=\"/receipts/check?receipt=q3N8m2kV0xY7a1bC4dE6fG8hJ0kL2mN4pQ6rS8tU0vW%2B%2F%3D\"",
                "href=\"/me/votes/" + VOTE + "/receipt.txt\"");
    }

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void votingAgainForTheSameProjectAnswersTheSameReceipt() {
        nominations();
        voteAnswers(200, receipt(NOMINATION), Map.of());
        Forms.of("/vote/" + NOMINATION).post("/vote/" + NOMINATION, Map.of())
                .then().statusCode(303).header("Location", endsWith("/me/votes/" + VOTE));
    }

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void aParticipantNotConfirmedIsToldWhy() {
        nominations();
        voteAnswers(403, "{\"status\":403,\"title\":\"Forbidden\",\"detail\":\"Only participants with a CONFIRMED registration for edition 2026 may vote.\"}", Map.of());
        String page = Forms.of("/vote/" + NOMINATION).post("/vote/" + NOMINATION, Map.of())
                .then().statusCode(403).extract().asString();
        assertThat(page).contains("id=\"vote-refusal\" data-refusal=\"NOT_CONFIRMED\"",
                "Only participants whose registration is confirmed may vote", "accredited", "href=\"/me\"",
                "Clinics &lt;online&gt;");
    }

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void anotherVoteInTheCategoryIsToldWithItsReceipt() {
        nominations();
        myVotes(OTHER);
        voteAnswers(409, """
                {"status":409,"title":"Conflict with the current state","detail":"You already voted in category 10 (C7_E_HEALTH) of edition 2026: one vote per category.",
                 "nominationId":"%s","receipt":"%s"}""".formatted(OTHER, RECEIPT), Map.of());
        String page = Forms.of("/vote/" + NOMINATION).post("/vote/" + NOMINATION, Map.of())
                .then().statusCode(409).extract().asString();
        assertThat(page).contains("data-refusal=\"ALREADY_VOTED\"",
                "You have already voted for another project in this category", "Mobile midwives",
                "href=\"/me/votes/" + VOTE + "\"");
    }

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void outsideVotingTheParticipantIsToldVotingIsNotOpen() {
        nominations();
        stub(get(ServiceStubs.at(VOTES + "/me")).willReturn(okJson("{\"items\":[],\"page\":0,\"size\":1,\"total\":0}")));
        voteAnswers(409, "{\"status\":409,\"title\":\"Conflict with the current state\",\"detail\":\"Votes can be cast only in VOTING; the contest of edition 2026 is in REVIEW.\"}", Map.of());
        String page = Forms.of("/vote/" + NOMINATION).post("/vote/" + NOMINATION, Map.of())
                .then().statusCode(409).extract().asString();
        assertThat(page).contains("data-refusal=\"NOT_OPEN\"", "Voting is not open");
    }

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void aBusyServiceSaysWhenToTryAgain() {
        nominations();
        voteAnswers(503, "{\"status\":503,\"title\":\"Service Unavailable\",\"detail\":\"Too many votes waiting.\"}",
                Map.of("Retry-After", "7"));
        Forms.of("/vote/" + NOMINATION).post("/vote/" + NOMINATION, Map.of())
                .then().statusCode(503).header("Retry-After", "7")
                .body(containsString("data-refusal=\"BUSY\""), containsString("Please try again in 7 seconds."));
    }

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void theReceiptDownloadsAsATextFile() {
        nominations();
        myVotes(NOMINATION);
        var answer = given().get("/me/votes/" + VOTE + "/receipt.txt").then().statusCode(200)
                .header("Content-Type", containsString("text/plain"))
                .header("Content-Disposition", "attachment; filename=\"wsis-prizes-2026-vote-receipt-C7_E_HEALTH.txt\"")
                .extract();
        String base = "http://localhost:" + io.restassured.RestAssured.port;
        assertThat(answer.asString()).isEqualTo("""
                WSIS Prizes 2026 vote receipt
                Category: C7 ICT applications: e-health
                Project: Clinics <online>
                Cast at: %s
                Receipt: %s
                Check it at %s/receipts/check?receipt=q3N8m2kV0xY7a1bC4dE6fG8hJ0kL2mN4pQ6rS8tU0vW%%2B%%2F%%3D
                """.formatted(answer.asString().lines().filter(l -> l.startsWith("Cast at: ")).findFirst()
                .orElseThrow().substring("Cast at: ".length()), RECEIPT, base));
        assertThat(answer.asString()).contains("Cast at: Mar 2, 2026, 2:05", "UTC");
    }

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void myVotesListsEveryReceipt() {
        nominations();
        myVotes(NOMINATION);
        given().get("/me/votes").then().statusCode(200)
                .body(containsString("<th scope=\"col\">Category</th>"),
                        containsString("<th scope=\"row\">C7 ICT applications: e-health</th>"),
                        containsString("Clinics &lt;online&gt;"), containsString(RECEIPT),
                        containsString("href=\"/me/votes/" + VOTE + "/receipt.txt\""),
                        containsString("<div class=\"table-wrap\">"));
        stub(get(ServiceStubs.at(VOTES + "/me")).willReturn(okJson("{\"items\":[],\"page\":0,\"size\":1,\"total\":0}")));
        given().header("Accept-Language", "fr").get("/me/votes").then().statusCode(200)
                .body(containsString("Vous n&#39;avez pas encore voté."));
    }

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void malformedOrUnknownIdsArePagesNotFound() {
        myVotes(NOMINATION);
        given().get("/vote/not-a-uuid").then().statusCode(404).body(containsString("We could not find this page."));
        given().get("/vote/' OR 1=1").then().statusCode(404);
        given().get("/me/votes/42").then().statusCode(404);
        given().get("/me/votes/42/receipt.txt").then().statusCode(404);
        given().get("/me/votes/" + OTHER).then().statusCode(404);
        services.verify(0, anyRequestedFor(ServiceStubs.matching("/prizes/editions/2026/nominations/.*")));
        stub(get(ServiceStubs.at("/prizes/editions/2026/nominations/" + OTHER)).willReturn(okJson("""
                {"id":"%s","edition":2026,"category":"C9","title":"Not on the ballot","status":"SUBMITTED"}
                """.formatted(OTHER))));
        given().get("/vote/" + OTHER).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "r-1", roles = "reviewer")
    void onlyParticipantsVote() {
        given().get("/vote/" + NOMINATION).then().statusCode(403);
        given().get("/me/votes").then().statusCode(403);
    }
}
