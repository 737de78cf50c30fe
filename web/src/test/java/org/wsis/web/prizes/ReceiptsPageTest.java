package org.wsis.web.prizes;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wsis.web.ServiceStubs;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.wsis.web.ServiceStubs.onPrizes;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ReceiptsPageTest {

    static final String RECEIPT = "Xq3vR7pA0bC9dE8fG7hI6jK5lM4nO3pQ2rS1tU0vW9x";
    static final String SCHOOLS = "7d1e0c55-1111-4a2b-9c3d-000000000001";

    @OidcWireMock
    WireMockServer services;

    ServiceStubs stubs;

    @BeforeEach
    void stubs() {
        stubs = new ServiceStubs(services);
        stubs.stub(get(onPrizes("/editions/2026/votes/receipts/" + RECEIPT)).willReturn(okJson(
                "{\"counted\":true,\"edition\":2026,\"category\":\"C3\",\"categoryNumber\":3,\"nominationId\":\""
                        + SCHOOLS + "\",\"castAt\":\"2026-05-04T10:15:00Z\"}")));
        stubs.stub(get(onPrizes("/editions/2026/nominations/" + SCHOOLS)).willReturn(okJson(
                "{\"id\":\"" + SCHOOLS + "\",\"edition\":2026,\"category\":\"C3\",\"title\":\"Schools online\","
                        + "\"organisation\":\"Ministry of Education\",\"country\":\"KE\",\"status\":\"NOMINATED\"}")));
    }

    @AfterEach
    void removeStubs() {
        stubs.removeAll();
    }

    @Test
    void theFormHasALabelledReceiptField() {
        given().get("/receipts").then().statusCode(200)
                .body(containsString("<h1>Check a vote receipt</h1>"),
                        containsString("<form method=\"get\" action=\"/receipts/check\""),
                        containsString("<label for=\"receipt\">Vote receipt</label>"),
                        containsString("<input id=\"receipt\" name=\"receipt\""),
                        not(containsString("receipt-result")));
    }

    @Test
    void aCountedVoteSaysForWhichProjectAndCategory() {
        given().get("/receipts/check?receipt=" + RECEIPT).then().statusCode(200)
                .body(containsString("id=\"receipt-result\""),
                        containsString("Counted: this vote is for the project “Schools online” in the category C3 Access to information and knowledge."),
                        containsString("Ministry of Education"),
                        containsString("value=\"" + RECEIPT + "\""));
    }

    @Test
    void anUnknownReceiptIsSaidClearlyAndTheFormStays() {
        stubs.stub(get(onPrizes("/editions/2026/votes/receipts/unknown-receipt"))
                .willReturn(ServiceStubs.problem(404, "No vote with this receipt")));

        given().get("/receipts/check?receipt=unknown-receipt").then().statusCode(404)
                .body(containsString("There is no vote with this receipt."),
                        containsString("id=\"receipt-error\""),
                        containsString("aria-invalid=\"true\""),
                        containsString("<input id=\"receipt\" name=\"receipt\""),
                        containsString("value=\"unknown-receipt\""),
                        not(containsString("id=\"receipt-result\"")));
    }

    @Test
    void aBlankOrMalformedReceiptIsAskedAgainNeverAnError() {
        given().get("/receipts/check?receipt=").then().statusCode(400)
                .body(containsString("Please enter a vote receipt."), containsString("<input id=\"receipt\""));
        given().get("/receipts/check").then().statusCode(400).body(containsString("Please enter a vote receipt."));
        given().get("/receipts/check?receipt=" + "A".repeat(65)).then().statusCode(400)
                .body(containsString("This is not a vote receipt"));
        given().urlEncodingEnabled(false).get("/receipts/check?receipt=two%20words").then().statusCode(400)
                .body(containsString("This is not a vote receipt"));
        given().urlEncodingEnabled(false).get("/receipts/check?receipt=%3Cscript%3E%0Ax").then().statusCode(400)
                .body(not(containsString("<script>")));
        services.verify(0, getRequestedFor(urlPathMatching(ServiceStubs.prizes("/editions/2026/votes/receipts/A+"))));
    }

    @Test
    void theReceiptIsUrlEncodedInTheServicesPath() {
        stubs.stub(get(urlEqualTo(ServiceStubs.prizes("/editions/2026/votes/receipts/ab%2Fcd%3Fe%23f")))
                .willReturn(ServiceStubs.problem(404, "No vote with this receipt")));

        given().queryParam("receipt", "ab/cd?e#f").get("/receipts/check").then().statusCode(404)
                .body(containsString("There is no vote with this receipt."));
        services.verify(getRequestedFor(urlEqualTo(ServiceStubs.prizes("/editions/2026/votes/receipts/ab%2Fcd%3Fe%23f"))));
    }

    @Test
    void speaksFrench() {
        given().header("Accept-Language", "fr").get("/receipts/check?receipt=" + RECEIPT).then().statusCode(200)
                .body(containsString("Compté : ce vote est pour le projet « Schools online » dans la catégorie C3"));
    }

}
