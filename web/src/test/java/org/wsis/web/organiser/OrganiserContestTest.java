package org.wsis.web.organiser;

import org.wsis.web.Forms;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OrganiserContestTest {

    private static final String CONTEST = "/auth/prizes/editions/2026/contest";

    @OidcWireMock
    WireMockServer services;

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void beforeItIsOpenedTheContestPageOffersToOpenIt() {
        services.stubFor(get(urlPathEqualTo(CONTEST)).willReturn(notFound()));
        services.stubFor(put(urlPathEqualTo(CONTEST)).willReturn(okJson(contest("SUBMISSION", "REVIEW")).withStatus(201)));
        Forms forms = Forms.of("/organiser/contest");
        given().get("/organiser/contest").then().statusCode(200)
                .body(containsString("id=\"contest-not-opened\""), containsString("name=\"championsPerCategory\""),
                        containsString("value=\"5\""), not(containsString("id=\"next-phase\"")));

        given().redirects().follow(false).cookies(forms.cookies()).formParam(forms.fieldName(), forms.token())
                .formParam("championsPerCategory", "3").post("/organiser/contest")
                .then().statusCode(303).header("Location", endsWith("/organiser/contest"));
        services.verify(putRequestedFor(urlPathEqualTo(CONTEST))
                .withRequestBody(equalToJson("{\"championsPerCategory\":3}")));
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void aValueTheServiceRefusesIsShownBesideTheField() {
        services.stubFor(get(urlPathEqualTo(CONTEST)).willReturn(notFound()));
        services.stubFor(put(urlPathEqualTo(CONTEST)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Bad Request\",\"status\":400,\"detail\":\"Invalid request\",\"violations\":"
                        + "[{\"field\":\"championsPerCategory\",\"message\":\"must be greater than or equal to 1\"}]}")));
        Forms forms = Forms.of("/organiser/contest");
        given().cookies(forms.cookies()).formParam(forms.fieldName(), forms.token())
                .formParam("championsPerCategory", "0").post("/organiser/contest")
                .then().statusCode(400)
                .body(containsString("must be greater than or equal to 1"), containsString("aria-invalid=\"true\""),
                        containsString("value=\"0\""));
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void theButtonMovesToTheNextPhaseTheServiceNames() {
        services.stubFor(get(urlPathEqualTo(CONTEST)).willReturn(okJson(contest("SUBMISSION", "REVIEW"))));
        services.stubFor(post(urlPathEqualTo(CONTEST + "/phase")).willReturn(okJson(contest("REVIEW", "VOTING"))));
        Forms forms = Forms.of("/organiser/contest");
        given().get("/organiser/contest").then().statusCode(200)
                .body(containsString("id=\"next-phase\" data-phase=\"REVIEW\">Move to the next phase: Review</button>"),
                        containsString("data-phase=\"SUBMISSION\">Submission of projects"),
                        containsString("<tr data-phase=\"SUBMISSION\">"));

        given().redirects().follow(false).cookies(forms.cookies()).formParam(forms.fieldName(), forms.token())
                .formParam("phase", "REVIEW").post("/organiser/contest/phase")
                .then().statusCode(303).header("Location", endsWith("/organiser/contest?moved=REVIEW"));
        services.verify(postRequestedFor(urlPathEqualTo(CONTEST + "/phase"))
                .withRequestBody(equalToJson("{\"phase\":\"REVIEW\"}")));
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void aRefusalToCloseNamesTheCategoriesWithoutAWinner() {
        services.stubFor(get(urlPathEqualTo(CONTEST)).willReturn(okJson(contest("EVALUATION", "CLOSED"))));
        services.stubFor(post(urlPathEqualTo(CONTEST + "/phase")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Conflict\",\"status\":409,"
                        + "\"detail\":\"No winner yet in categories C1, C7_E_HEALTH\"}")));
        Forms forms = Forms.of("/organiser/contest");
        given().cookies(forms.cookies()).formParam(forms.fieldName(), forms.token())
                .formParam("phase", "CLOSED").post("/organiser/contest/phase")
                .then().statusCode(409)
                .body(containsString("role=\"alert\""), containsString("No winner yet in categories C1, C7_E_HEALTH"),
                        containsString("id=\"next-phase\" data-phase=\"CLOSED\""));
        services.verify(postRequestedFor(urlPathEqualTo(CONTEST + "/phase"))
                .withRequestBody(equalToJson("{\"phase\":\"CLOSED\"}")));
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void aClosedContestHasNoNextPhaseAndSpeaksFrench() {
        services.stubFor(get(urlPathEqualTo(CONTEST)).willReturn(okJson(contest("CLOSED", null))));
        given().cookie("lang", "fr").get("/organiser/contest").then().statusCode(200)
                .body(containsString("id=\"contest-closed\""), not(containsString("id=\"next-phase\"")),
                        containsString("Concours des Prix du SMSI 2026"), containsString("Clos : résultats publiés"));
    }

    @Test
    @TestSecurity(user = "r-1", roles = "reviewer")
    void aReviewerMayNotMoveTheContest() {
        given().redirects().follow(false).get("/organiser/contest").then().statusCode(403);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder notFound() {
        return aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Not Found\",\"status\":404,\"detail\":\"No contest for edition 2026\"}");
    }

    static String contest(String phase, String next) {
        return "{\"edition\":2026,\"phase\":\"" + phase + "\"" + (next == null ? "" : ",\"nextPhase\":\"" + next + "\"")
                + ",\"championsPerCategory\":5,\"openedAt\":\"2026-01-10T08:00:00Z\",\"updatedAt\":\"2026-02-01T08:00:00Z\","
                + "\"history\":[{\"phase\":\"SUBMISSION\",\"changedAt\":\"2026-01-10T08:00:00Z\",\"changedBy\":\"o-1\"}]}";
    }
}
