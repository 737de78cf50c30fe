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
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OrganiserRegistrationsTest {

    private static final String REGISTRATIONS = "/auth/registration/editions/2026/registrations";
    private static final String ADA = "0b6f4c1e-4a55-4c3e-9d7e-0a1b2c3d4e01";
    private static final String ALAN = "0b6f4c1e-4a55-4c3e-9d7e-0a1b2c3d4e02";
    private static final String GRACE = "0b6f4c1e-4a55-4c3e-9d7e-0a1b2c3d4e03";

    @OidcWireMock
    WireMockServer services;

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void theListPassesTheFiltersAndPagingToTheService() {
        services.stubFor(get(urlPathEqualTo(REGISTRATIONS)).withQueryParam("country", equalTo("KE"))
                .willReturn(okJson(page(3, 2, 125, registration(ADA, "PENDING", "ada@example.org", "IN_PERSON")))));

        given().get("/organiser/registrations?status=PENDING&stakeholderGroup=ACADEMIA&country=ke"
                        + "&attendance=IN_PERSON&q=ada&page=2&size=2")
                .then().statusCode(200)
                .body(containsString("data-registration-id=\"" + ADA + "\""),
                        containsString("data-email=\"ada@example.org\""),
                        containsString("class=\"approve\""), containsString("class=\"reject secondary\""),
                        containsString("Ada Lovelace"), containsString("Analytical Engines Ltd"),
                        containsString("Academia"), containsString("Awaiting accreditation"),
                        // the filters stay chosen, the pages around this one keep them
                        containsString("<option value=\"ACADEMIA\" selected>"),
                        containsString("href=\"/organiser/registrations?status=PENDING&amp;stakeholderGroup=ACADEMIA"
                                + "&amp;country=KE&amp;attendance=IN_PERSON&amp;q=ada&amp;page=1&amp;size=2\""),
                        containsString("&amp;page=3&amp;size=2\" rel=\"next\""),
                        containsString("href=\"/organiser/registrations.csv?status=PENDING&amp;stakeholderGroup=ACADEMIA"
                                + "&amp;country=KE&amp;attendance=IN_PERSON&amp;q=ada\""));

        services.verify(getRequestedFor(urlPathEqualTo(REGISTRATIONS))
                .withQueryParam("status", equalTo("PENDING")).withQueryParam("stakeholderGroup", equalTo("ACADEMIA"))
                .withQueryParam("country", equalTo("KE")).withQueryParam("attendance", equalTo("IN_PERSON"))
                .withQueryParam("q", equalTo("ada")).withQueryParam("page", equalTo("2"))
                .withQueryParam("size", equalTo("2")));
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void pendingIsTheDefaultAndAnEmptyStatusMeansAll() {
        services.stubFor(get(urlPathEqualTo(REGISTRATIONS)).withQueryParam("q", equalTo("default-filter"))
                .willReturn(okJson(page(0, 50, 0))));
        given().get("/organiser/registrations?q=default-filter").then().statusCode(200)
                .body(containsString("<option value=\"PENDING\" selected>"), containsString("id=\"no-registrations\""));
        services.verify(getRequestedFor(urlPathEqualTo(REGISTRATIONS)).withQueryParam("q", equalTo("default-filter"))
                .withQueryParam("status", equalTo("PENDING")));

        services.stubFor(get(urlPathEqualTo(REGISTRATIONS)).withQueryParam("q", equalTo("every-status"))
                .willReturn(okJson(page(0, 50, 1, registration(GRACE, "CONFIRMED", "grace@example.org", "REMOTE")))));
        given().get("/organiser/registrations?status=ALL&q=every-status").then().statusCode(200)
                .body(containsString("<option value=\"ALL\" selected>"),
                        containsString("href=\"/organiser/registrations.csv?status=ALL&amp;q=every-status\""), containsString("Confirmed"),
                        not(containsString("class=\"approve\"")));
        services.verify(getRequestedFor(urlPathEqualTo(REGISTRATIONS)).withQueryParam("q", equalTo("every-status"))
                .withoutQueryParam("status"));
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void aFilterNoFormOffersIsA400PageNotAnError() {
        given().get("/organiser/registrations?status=BOGUS").then().statusCode(400)
                .body(containsString("role=\"alert\""), containsString("aria-invalid=\"true\""));
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void approvingPostsTheDecisionAndComesBackToTheSameListWithANotice() {
        services.stubFor(get(urlPathEqualTo(REGISTRATIONS)).withQueryParam("q", equalTo("approve"))
                .willReturn(okJson(page(0, 50, 1, registration(ADA, "PENDING", "ada@example.org", "IN_PERSON")))));
        services.stubFor(post(urlPathEqualTo(REGISTRATIONS + "/" + ADA + "/accreditation"))
                .willReturn(okJson(registration(ADA, "WAITLISTED", "ada@example.org", "IN_PERSON"))));
        services.stubFor(get(urlPathEqualTo(REGISTRATIONS + "/" + ADA))
                .willReturn(okJson(registration(ADA, "WAITLISTED", "ada@example.org", "IN_PERSON"))));
        Forms forms = Forms.of("/organiser/registrations?status=PENDING&q=approve");

        String back = given().redirects().follow(false).cookies(forms.cookies())
                .formParam(forms.fieldName(), forms.token()).formParam("decision", "APPROVE")
                .post("/organiser/registrations/" + ADA + "/accreditation?status=PENDING&q=approve")
                .then().statusCode(303)
                .header("Location", endsWith("/organiser/registrations?status=PENDING&q=approve&accredited=" + ADA))
                .extract().header("Location");
        services.verify(postRequestedFor(urlPathEqualTo(REGISTRATIONS + "/" + ADA + "/accreditation"))
                .withRequestBody(equalToJson("{\"decision\":\"APPROVE\"}")));

        given().get(back).then().statusCode(200)
                .body(containsString("id=\"accreditation-notice\""), containsString("role=\"status\""),
                        containsString("Approved: Ada Lovelace — now"),
                        containsString("data-status=\"WAITLISTED\">On the waiting list"));
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void rejectingSendsTheReason() {
        services.stubFor(get(urlPathEqualTo(REGISTRATIONS)).withQueryParam("q", equalTo("reject"))
                .willReturn(okJson(page(0, 50, 1, registration(ALAN, "PENDING", "alan@example.org", "REMOTE")))));
        services.stubFor(post(urlPathEqualTo(REGISTRATIONS + "/" + ALAN + "/accreditation"))
                .willReturn(okJson(registration(ALAN, "REJECTED", "alan@example.org", "REMOTE"))));
        services.stubFor(get(urlPathEqualTo(REGISTRATIONS + "/" + ALAN))
                .willReturn(okJson(registration(ALAN, "REJECTED", "alan@example.org", "REMOTE"))));
        Forms forms = Forms.of("/organiser/registrations?q=reject");

        String back = given().redirects().follow(false).cookies(forms.cookies())
                .formParam(forms.fieldName(), forms.token()).formParam("decision", "REJECT")
                .formParam("reason", "Affiliation could not be verified")
                .post("/organiser/registrations/" + ALAN + "/accreditation?status=PENDING&q=reject")
                .then().statusCode(303).extract().header("Location");
        services.verify(postRequestedFor(urlPathEqualTo(REGISTRATIONS + "/" + ALAN + "/accreditation"))
                .withRequestBody(equalToJson("{\"decision\":\"REJECT\",\"reason\":\"Affiliation could not be verified\"}")));
        given().get(back).then().statusCode(200)
                .body(containsString("Rejected: Alan Turing — now"), containsString("Not accredited"));
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void aRefusedDecisionIsShownOnTheListWithTheReasonTypedAgain() {
        services.stubFor(get(urlPathEqualTo(REGISTRATIONS)).withQueryParam("q", equalTo("refused"))
                .willReturn(okJson(page(0, 50, 1, registration(GRACE, "PENDING", "grace@example.org", "REMOTE")))));
        services.stubFor(post(urlPathEqualTo(REGISTRATIONS + "/" + GRACE + "/accreditation"))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"title\":\"Conflict\",\"status\":409,"
                                + "\"detail\":\"The registration is not PENDING but CONFIRMED\"}")));
        Forms forms = Forms.of("/organiser/registrations?q=refused");

        given().redirects().follow(false).cookies(forms.cookies())
                .formParam(forms.fieldName(), forms.token()).formParam("decision", "REJECT")
                .formParam("reason", "Duplicate")
                .post("/organiser/registrations/" + GRACE + "/accreditation?status=PENDING&q=refused")
                .then().statusCode(409)
                .body(containsString("role=\"alert\""), containsString("The registration is not PENDING but CONFIRMED"),
                        containsString("id=\"reason-" + GRACE + "\" name=\"reason\" value=\"Duplicate\""));
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void aServiceThatNoLongerLetsTheOrganiserDecideShowsTheErrorPage() {
        services.stubFor(get(urlPathEqualTo(REGISTRATIONS)).withQueryParam("q", equalTo("forbidden"))
                .willReturn(okJson(page(0, 50, 1, registration(ALAN, "PENDING", "alan@example.org", "REMOTE")))));
        services.stubFor(post(urlPathEqualTo(REGISTRATIONS + "/" + ALAN + "/accreditation"))
                .withRequestBody(equalToJson("{\"decision\":\"APPROVE\"}"))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"title\":\"Forbidden\",\"status\":403}")));
        Forms forms = Forms.of("/organiser/registrations?q=forbidden");
        given().redirects().follow(false).cookies(forms.cookies())
                .formParam(forms.fieldName(), forms.token()).formParam("decision", "APPROVE")
                .post("/organiser/registrations/" + ALAN + "/accreditation?q=forbidden")
                .then().statusCode(403).body(containsString("Your account may not see this page."),
                        not(containsString("id=\"registrations\"")));
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void aMalformedIdIsNotFound() {
        services.stubFor(get(urlPathEqualTo(REGISTRATIONS)).withQueryParam("q", equalTo("malformed"))
                .willReturn(okJson(page(0, 50, 1, registration(ADA, "PENDING", "ada@example.org", "IN_PERSON")))));
        Forms forms = Forms.of("/organiser/registrations?q=malformed");
        given().redirects().follow(false).cookies(forms.cookies())
                .formParam(forms.fieldName(), forms.token()).formParam("decision", "APPROVE")
                .post("/organiser/registrations/not-a-uuid/accreditation")
                .then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void theCsvIsTheServicesExportAsAnAttachment() {
        String csv = "id,firstName,lastName,email\r\n" + ADA + ",Ada,Lovelace,ada@example.org\r\n";
        services.stubFor(get(urlPathEqualTo(REGISTRATIONS)).withHeader("Accept", equalTo("text/csv"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/csv; charset=UTF-8")
                        .withBody(csv)));

        given().get("/organiser/registrations.csv?status=CONFIRMED&country=ch&q=ada")
                .then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"registrations-2026.csv\"")
                .body(allOf(containsString("id,firstName,lastName,email"), containsString("ada@example.org")));
        services.verify(getRequestedFor(urlPathEqualTo(REGISTRATIONS)).withHeader("Accept", equalTo("text/csv"))
                .withQueryParam("status", equalTo("CONFIRMED")).withQueryParam("country", equalTo("CH"))
                .withQueryParam("q", equalTo("ada")).withoutQueryParam("page"));
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void theWaitingListIsInPersonWaitlistedOldestFirstWithTheCapacity() {
        services.stubFor(get(urlPathEqualTo(REGISTRATIONS)).withQueryParam("status", equalTo("WAITLISTED"))
                .willReturn(okJson(page(0, 200, 2,
                        registration(ADA, "WAITLISTED", "ada@example.org", "IN_PERSON"),
                        registration(ALAN, "WAITLISTED", "alan@example.org", "IN_PERSON")))));
        services.stubFor(get(urlPathEqualTo("/auth/registration/editions/2026/registration-statistics"))
                .willReturn(okJson(STATISTICS)));

        given().get("/organiser/waitlist").then().statusCode(200)
                .body(containsString("<tr data-position=\"1\">"), containsString("<tr data-position=\"2\">"),
                        containsString("id=\"capacity\">500<"), containsString("id=\"confirmed-in-person\">498<"),
                        containsString("id=\"free-seats\">2<"), containsString("id=\"waitlisted\">2<"));
        services.verify(getRequestedFor(urlPathEqualTo(REGISTRATIONS)).withQueryParam("status", equalTo("WAITLISTED"))
                .withQueryParam("attendance", equalTo("IN_PERSON")));
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void theDashboardShowsTheStatisticsAndThePhase() {
        services.stubFor(get(urlPathEqualTo("/auth/registration/editions/2026/registration-statistics"))
                .willReturn(okJson(STATISTICS)));
        services.stubFor(get(urlPathEqualTo("/auth/prizes/editions/2026/contest"))
                .willReturn(okJson("{\"edition\":2026,\"phase\":\"VOTING\",\"nextPhase\":\"EVALUATION\","
                        + "\"championsPerCategory\":5}")));
        given().get("/organiser").then().statusCode(200)
                .body(containsString("href=\"/organiser/registrations\""), containsString("href=\"/organiser/schedule\""),
                        containsString("href=\"/organiser/releases\""), containsString("href=\"/organiser/contest\""),
                        containsString("href=\"/organiser/tallies\""),
                        containsString("<tr data-status=\"PENDING\">"), containsString("data-total=\"530\""),
                        containsString("id=\"capacity\">500<"), containsString("id=\"waitlisted\">"),
                        containsString("data-phase=\"VOTING\">Public voting"));
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void theListSpeaksFrench() {
        services.stubFor(get(urlPathEqualTo(REGISTRATIONS)).withQueryParam("q", equalTo("francais"))
                .willReturn(okJson(page(0, 50, 1, registration(ADA, "PENDING", "ada@example.org", "IN_PERSON")))));
        given().cookie("lang", "fr").get("/organiser/registrations?q=francais").then().statusCode(200)
                .body(containsString("<html lang=\"fr\""), containsString("<h1>Inscriptions</h1>"),
                        containsString("Approuver"), containsString("Télécharger en CSV"),
                        containsString("En attente d"), not(containsString("Download CSV")));
    }

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void aParticipantMayNotSeeThem() {
        given().redirects().follow(false).get("/organiser/registrations").then().statusCode(403);
        given().redirects().follow(false).get("/organiser").then().statusCode(403);
        given().redirects().follow(false).get("/organiser/registrations.csv").then().statusCode(403);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        given().redirects().follow(false).get("/organiser/registrations")
                .then().statusCode(302).header("Location", containsString("/realms/quarkus"));
    }

    static final String STATISTICS = "{\"edition\":2026,\"total\":530,"
            + "\"byStatus\":{\"PENDING\":12,\"CONFIRMED\":498,\"WAITLISTED\":2,\"REJECTED\":10,\"CANCELLED\":8},"
            + "\"inPersonCapacity\":500,\"confirmedInPerson\":498,\"waitlisted\":2}";

    static String page(int page, int size, long total, String... items) {
        return "{\"items\":[" + String.join(",", items) + "],\"page\":" + page + ",\"size\":" + size
                + ",\"total\":" + total + "}";
    }

    static String registration(String id, String status, String email, String attendance) {
        String[] name = switch (email.charAt(0)) {
            case 'a' -> email.startsWith("ada") ? new String[] {"Ada", "Lovelace"} : new String[] {"Alan", "Turing"};
            default -> new String[] {"Grace", "Hopper"};
        };
        return "{\"id\":\"" + id + "\",\"edition\":2026,\"status\":\"" + status + "\",\"firstName\":\"" + name[0]
                + "\",\"lastName\":\"" + name[1] + "\",\"email\":\"" + email
                + "\",\"organisation\":\"Analytical Engines Ltd\",\"country\":\"KE\",\"stakeholderGroup\":\"ACADEMIA\","
                + "\"attendance\":\"" + attendance + "\",\"createdAt\":\"2026-01-15T09:30:00Z\"}";
    }
}
