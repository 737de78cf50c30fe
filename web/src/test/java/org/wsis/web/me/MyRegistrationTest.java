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
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class MyRegistrationTest {

    static final String MINE = "/registration/editions/2026/registrations/me";
    static final String REGISTRATIONS = "/registration/editions/2026/registrations";
    static final String ID = "7d4c1c52-5f0e-4a8e-9b63-3b9d2f0a1e11";

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

    private void noRegistration() {
        stub(get(ServiceStubs.at(MINE)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":404,\"title\":\"Not found\",\"detail\":\"You have not registered for edition 2026.\"}")));
    }

    static String registration(String status, String attendance) {
        return """
                {"id":"%s","edition":2026,"status":"%s","firstName":"Amina","lastName":"Diallo",
                 "email":"amina.diallo@example.org","organisation":"Ministry of Digital Economy",
                 "jobTitle":"Director of ICT Policy","country":"SN","stakeholderGroup":"CIVIL_SOCIETY",
                 "attendance":"%s","visaSupportRequested":false,"accessibilityNeeds":"Wheelchair access",
                 "createdAt":"2026-01-15T09:30:00Z","updatedAt":"2026-01-15T09:30:00Z"}
                """.formatted(ID, status, attendance);
    }

    private void registered(String status) {
        stub(get(ServiceStubs.at(MINE)).willReturn(okJson(registration(status, "IN_PERSON"))));
    }

    static final List<String> FIELD_IDS = List.of("f-firstName", "f-lastName", "f-email", "f-organisation",
            "f-jobTitle", "f-country", "f-stakeholderGroup", "attendance-IN_PERSON", "attendance-REMOTE",
            "f-visaSupportRequested", "f-nationality", "f-accessibilityNeeds", "f-dataProcessingConsent");

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void withoutARegistrationMeIsTheFormWithEveryFieldLabelled() {
        noRegistration();
        String page = given().get("/me").then().statusCode(200).extract().asString();
        assertThat(page).contains("<form method=\"post\" action=\"/me/register\" id=\"registration-form\">",
                "id=\"submit-registration\"", "<select id=\"f-country\" name=\"country\"",
                "<select id=\"f-stakeholderGroup\" name=\"stakeholderGroup\"",
                "<select id=\"f-nationality\" name=\"nationality\"",
                "<textarea id=\"f-accessibilityNeeds\" name=\"accessibilityNeeds\"",
                "type=\"checkbox\" id=\"f-visaSupportRequested\" name=\"visaSupportRequested\" value=\"true\"",
                "type=\"checkbox\" id=\"f-dataProcessingConsent\" name=\"dataProcessingConsent\" value=\"true\"",
                "type=\"radio\" id=\"attendance-IN_PERSON\" name=\"attendance\" value=\"IN_PERSON\"",
                "type=\"radio\" id=\"attendance-REMOTE\" name=\"attendance\" value=\"REMOTE\"",
                "<option value=\"CH\">Switzerland</option>", "<option value=\"INTERNATIONAL_ORGANIZATION\">International organization</option>",
                ">First name <span class=\"required\">", ">Job title</label>", ">Accessibility needs</label>",
                "only to run your participation in the WSIS Forum");
        FIELD_IDS.forEach(id -> assertThat(page).as("the label of " + id).contains("<label for=\"" + id + "\">"));
        assertThat(page.indexOf("<option value=\"DE\">Germany</option>"))
                .as("countries in alphabetical order of their names").isLessThan(page.indexOf("<option value=\"CH\">"))
                .isGreaterThan(page.indexOf("<option value=\"AF\">Afghanistan</option>"));
    }

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void theFormSpeaksFrenchWithCountriesInFrench() {
        noRegistration();
        // the language the visitor chose (the cookie of the language links) wins over the browser's
        String page = given().cookie("lang", "fr").header("Accept-Language", "en").get("/me/register").then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("<html lang=\"fr\"", "S&#39;inscrire au Forum du SMSI 2026",
                "<label for=\"f-firstName\">Prénom", "<label for=\"f-dataProcessingConsent\">J&#39;accepte",
                "<option value=\"CH\">Suisse</option>", "<option value=\"DE\">Allemagne</option>",
                ">Organisation internationale</option>", "<label for=\"attendance-REMOTE\">À distance</label>");
        assertThat(page.indexOf("<option value=\"EG\">Égypte</option>")).as("É sorts with E in French")
                .isGreaterThan(page.indexOf("<option value=\"DE\">Allemagne</option>"))
                .isLessThan(page.indexOf("<option value=\"ES\">Espagne</option>"));
        FIELD_IDS.forEach(id -> assertThat(page).contains("<label for=\"" + id + "\">"));
    }

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void registeringSendsTheExactJsonThenShowsTheStatus() {
        noRegistration();
        stub(post(ServiceStubs.at(REGISTRATIONS)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(registration("PENDING", "IN_PERSON"))));
        Forms form = Forms.of("/me");
        form.post("/me/register", Forms.fields("firstName", " Amina ", "lastName", "Diallo",
                        "email", "amina.diallo@example.org", "organisation", "Ministry of Digital Economy",
                        "jobTitle", "Director of ICT Policy", "country", "SN", "stakeholderGroup", "CIVIL_SOCIETY",
                        "attendance", "IN_PERSON", "visaSupportRequested", "true", "nationality", "SN",
                        "accessibilityNeeds", "Wheelchair access", "dataProcessingConsent", "true"))
                .then().statusCode(303).header("Location", endsWith("/me?registered"));
        services.verify(postRequestedFor(ServiceStubs.at(REGISTRATIONS)).withRequestBody(equalToJson("""
                {"firstName":"Amina","lastName":"Diallo","email":"amina.diallo@example.org",
                 "organisation":"Ministry of Digital Economy","jobTitle":"Director of ICT Policy","country":"SN",
                 "stakeholderGroup":"CIVIL_SOCIETY","attendance":"IN_PERSON","visaSupportRequested":true,
                 "nationality":"SN","accessibilityNeeds":"Wheelchair access","dataProcessingConsent":true}
                """)));

        registered("PENDING");
        String page = given().get("/me?registered").then().statusCode(200).extract().asString();
        assertThat(page).contains("<div class=\"notice\" role=\"status\" id=\"registration-notice\">",
                "id=\"registration-status\" class=\"status\" data-status=\"PENDING\"><strong>Awaiting accreditation</strong>",
                "awaiting accreditation", "href=\"/me/edit\"", "href=\"/me/cancel\"", "href=\"/me/erase\"",
                "href=\"/me/votes\"", "href=\"/agenda\"", "Senegal", "Civil society");
        assertThat(page).doesNotContain("href=\"/me/register\"");
    }

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void emptyOptionalFieldsAreLeftOutAndBooleansStayBooleans() {
        noRegistration();
        stub(post(ServiceStubs.at(REGISTRATIONS)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(registration("PENDING", "REMOTE"))));
        Forms form = Forms.of("/me/register");
        form.post("/me/register", Forms.fields("firstName", "Amina", "lastName", "Diallo",
                        "email", "amina.diallo@example.org", "organisation", "Ministry", "jobTitle", "  ",
                        "country", "SN", "stakeholderGroup", "ACADEMIA", "attendance", "REMOTE",
                        "nationality", "", "accessibilityNeeds", "", "dataProcessingConsent", "true"))
                .then().statusCode(303);
        services.verify(postRequestedFor(ServiceStubs.at(REGISTRATIONS)).withRequestBody(equalToJson("""
                {"firstName":"Amina","lastName":"Diallo","email":"amina.diallo@example.org","organisation":"Ministry",
                 "country":"SN","stakeholderGroup":"ACADEMIA","attendance":"REMOTE","visaSupportRequested":false,
                 "dataProcessingConsent":true}
                """)));
    }

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void violationsAreShownBesideTheirFieldsWithTheValuesTyped() {
        noRegistration();
        stub(post(ServiceStubs.at(REGISTRATIONS)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"status":400,"title":"Invalid request","detail":"email: must be a well-formed email address; nationality: is required when visa support is requested",
                         "violations":[{"field":"email","message":"must be a well-formed email address"},
                                       {"field":"nationality","message":"is required when visa support is requested"},
                                       {"field":"attendance","message":"must not be null"},
                                       {"field":"dataProcessingConsent","message":"must be true: registration needs consent to process your data"}]}
                        """)));
        String page = Forms.of("/me/register").post("/me/register", Forms.fields("firstName", "Amina", "lastName", "Diallo",
                        "email", "amina@", "organisation", "Ministry", "country", "SN", "stakeholderGroup", "MEDIA",
                        "visaSupportRequested", "true"))
                .then().statusCode(400).extract().asString();
        assertThat(page).contains("id=\"problem\"", "Please correct the fields marked below.",
                "id=\"f-email\" name=\"email\" type=\"email\" value=\"amina@\"",
                "aria-invalid=\"true\" aria-describedby=\"e-email\"",
                "<p class=\"error\" id=\"e-email\">must be a well-formed email address</p>",
                "<select id=\"f-nationality\" name=\"nationality\" aria-invalid=\"true\" aria-describedby=\"e-nationality h-nationality\">",
                "<p class=\"error\" id=\"e-nationality\">is required when visa support is requested</p>",
                "aria-invalid=\"true\" aria-describedby=\"e-attendance h-attendance\"",
                "<p class=\"error\" id=\"e-attendance\">must not be null</p>",
                "id=\"f-dataProcessingConsent\" name=\"dataProcessingConsent\" value=\"true\" required aria-invalid=\"true\"",
                "<p class=\"error\" id=\"e-dataProcessingConsent\">must be true",
                "id=\"f-visaSupportRequested\" name=\"visaSupportRequested\" value=\"true\" checked",
                "<option value=\"MEDIA\" selected>", "<option value=\"SN\" selected>Senegal</option>");
        assertThat(page).doesNotContain("id=\"e-firstName\"");
    }

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void aConflictIsSaidAtTheTopOfTheForm() {
        noRegistration();
        stub(post(ServiceStubs.at(REGISTRATIONS)).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"status":409,"title":"Conflict with the current state","detail":"Registration for edition 2026 is not open."}
                        """)));
        String page = Forms.of("/me/register").post("/me/register", Forms.fields("firstName", "Amina", "lastName", "Diallo",
                        "email", "amina@example.org", "organisation", "Ministry", "country", "SN",
                        "stakeholderGroup", "MEDIA", "attendance", "REMOTE", "dataProcessingConsent", "true"))
                .then().statusCode(409).extract().asString();
        assertThat(page).contains("<div class=\"alert\" role=\"alert\" tabindex=\"-1\" id=\"problem\">",
                "<p>Registration for edition 2026 is not open.</p>", "value=\"amina@example.org\"");
        assertThat(page.indexOf("id=\"problem\"")).isLessThan(page.indexOf("id=\"registration-form\""));
    }

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void aPostWithoutTheCsrfTokenIsRefusedAndNothingIsSent() {
        noRegistration();
        Forms form = Forms.of("/me/register");
        // no token at all: neither the cookie nor the field
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("firstName", "Amina").post("/me/register")
                .then().statusCode(400);
        // the cookie, but a form without the token (another site posting through the browser)
        given().redirects().follow(false).cookies(form.cookies()).contentType("application/x-www-form-urlencoded")
                .formParam("firstName", "Amina").post("/me/register")
                .then().statusCode(400);
        // a forged token
        given().redirects().follow(false).cookies(form.cookies()).contentType("application/x-www-form-urlencoded")
                .formParam(form.fieldName(), "forged").formParam("firstName", "Amina").post("/me/erase")
                .then().statusCode(400);
        services.verify(0, postRequestedFor(ServiceStubs.at(REGISTRATIONS)));
        services.verify(0, deleteRequestedFor(ServiceStubs.matching("/registration/.*")));
    }

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void erasingNeedsTheCheckboxThenErasesAndSaysSo() {
        registered("CONFIRMED");
        stub(delete(ServiceStubs.at(REGISTRATIONS + "/" + ID)).willReturn(aResponse().withStatus(204)));
        Forms form = Forms.of("/me/erase");
        String page = form.post("/me/erase", Map.of()).then().statusCode(422).extract().asString();
        assertThat(page).contains("cannot be undone",
                "id=\"f-understood\" name=\"understood\" value=\"true\" required aria-invalid=\"true\" aria-describedby=\"e-understood\"",
                "<p class=\"error\" id=\"e-understood\">Tick this box");
        services.verify(0, deleteRequestedFor(ServiceStubs.matching("/registration/.*")));

        form.post("/me/erase", Map.of("understood", "true"))
                .then().statusCode(303).header("Location", endsWith("/me?erased"));
        services.verify(1, deleteRequestedFor(ServiceStubs.at(REGISTRATIONS + "/" + ID)));

        stub(get(ServiceStubs.at(MINE)).willReturn(okJson("""
                {"id":"%s","edition":2026,"status":"ERASED","createdAt":"2026-01-15T09:30:00Z"}""".formatted(ID))));
        given().get("/me?erased").then().statusCode(200)
                .body(containsString("id=\"registration-notice\""), containsString("data-status=\"ERASED\""),
                        containsString("href=\"/me/register\""), not(containsString("href=\"/me/erase\"")),
                        not(containsString("href=\"/me/edit\"")));
    }

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void cancellingAsksFirstThenCancels() {
        registered("WAITLISTED");
        stub(post(ServiceStubs.at(REGISTRATIONS + "/" + ID + "/cancellation"))
                .willReturn(okJson(registration("CANCELLED", "IN_PERSON"))));
        Forms form = Forms.of("/me/cancel");
        form.post("/me/cancel", Map.of()).then().statusCode(303).header("Location", endsWith("/me?cancelled"));
        services.verify(1, postRequestedFor(ServiceStubs.at(REGISTRATIONS + "/" + ID + "/cancellation")));

        registered("CANCELLED");
        given().get("/me?cancelled").then().statusCode(200)
                .body(containsString("data-status=\"CANCELLED\""), containsString("Your registration is cancelled."),
                        containsString("href=\"/me/register\""), not(containsString("href=\"/me/cancel\"")));
        // registering again starts from the data of the cancelled registration; consent is asked again
        given().get("/me/register").then().statusCode(200)
                .body(containsString("id=\"f-organisation\" name=\"organisation\" type=\"text\" value=\"Ministry of Digital Economy\""),
                        containsString("name=\"dataProcessingConsent\" value=\"true\" required aria-describedby"));
    }

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void editingSendsOnlyWhatChanged() {
        stub(get(ServiceStubs.at(MINE)).willReturn(okJson(registration("CONFIRMED", "IN_PERSON"))));
        stub(patch(ServiceStubs.at(REGISTRATIONS + "/" + ID)).willReturn(okJson(registration("CONFIRMED", "REMOTE"))));
        Forms form = Forms.of("/me/edit");
        form.post("/me/edit", Forms.fields("firstName", "Amina", "lastName", "Diallo-Sow",
                        "email", "Amina.Diallo@example.org", "organisation", "Ministry of Digital Economy",
                        "jobTitle", "", "country", "SN", "attendance", "REMOTE", "nationality", "",
                        "accessibilityNeeds", "Wheelchair access", "stakeholderGroup", "GOVERNMENT"))
                .then().statusCode(303).header("Location", endsWith("/me?updated"));
        services.verify(patchRequestedFor(ServiceStubs.at(REGISTRATIONS + "/" + ID)).withRequestBody(equalToJson("""
                {"lastName":"Diallo-Sow","jobTitle":"","attendance":"REMOTE"}""")));
    }

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void anEditRefusedShowsTheMessageBesideTheField() {
        stub(get(ServiceStubs.at(MINE)).willReturn(okJson(registration("CONFIRMED", "IN_PERSON"))));
        stub(patch(ServiceStubs.at(REGISTRATIONS + "/" + ID)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"status":400,"title":"Invalid request","detail":"nationality: is required when visa support is requested",
                         "violations":[{"field":"nationality","message":"is required when visa support is requested"}]}""")));
        String edit = given().get("/me/edit").then().statusCode(200).extract().asString();
        assertThat(edit).contains("id=\"edit-form\"", "value=\"Amina\"", "<option value=\"SN\" selected>Senegal</option>",
                "id=\"attendance-IN_PERSON\" name=\"attendance\" value=\"IN_PERSON\" checked", "id=\"submit-edit\"");
        String page = Forms.of("/me/edit").post("/me/edit", Forms.fields("firstName", "Amina", "lastName", "Diallo",
                        "email", "amina.diallo@example.org", "organisation", "Ministry of Digital Economy",
                        "jobTitle", "Director of ICT Policy", "country", "SN", "attendance", "IN_PERSON",
                        "visaSupportRequested", "true", "accessibilityNeeds", "Wheelchair access"))
                .then().statusCode(400).extract().asString();
        assertThat(page).contains("<p class=\"error\" id=\"e-nationality\">is required when visa support is requested</p>",
                "aria-describedby=\"e-nationality h-nationality\"");
        services.verify(patchRequestedFor(ServiceStubs.at(REGISTRATIONS + "/" + ID))
                .withRequestBody(equalToJson("{\"visaSupportRequested\":true}")));
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void anOrganiserMayNotSeeAParticipantsPage() {
        given().redirects().follow(false).get("/me").then().statusCode(403);
        services.verify(0, anyRequestedFor(ServiceStubs.matching("/registration/.*")));
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() {
        given().redirects().follow(false).get("/me").then().statusCode(302)
                .header("Location", containsString("/realms/quarkus?"))
                .header("Location", containsString("client_id=quarkus-web-app"));
        given().redirects().follow(false).get("/me/votes").then().statusCode(302);
    }
}
