package org.wsis.web.schedule;

import org.wsis.web.Forms;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.wsis.web.schedule.ScheduleStubs.ROOM_A;
import static org.wsis.web.schedule.ScheduleStubs.ROOM_B;
import static org.wsis.web.Html.inner;
import static org.wsis.web.schedule.ScheduleStubs.page;
import static org.wsis.web.schedule.ScheduleStubs.session;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class AgendaReleasesTest {

    static final String SESSIONS = "/auth/sessions/editions/2026/sessions";
    static final String AGENDA = "/auth/sessions/editions/2026/agenda";
    static final String KEPT = "22222222-2222-4222-8222-000000000001";
    static final String MOVED = "22222222-2222-4222-8222-000000000002";
    static final String REMOVED = "22222222-2222-4222-8222-000000000003";
    static final String ADDED = "22222222-2222-4222-8222-000000000004";

    @OidcWireMock
    WireMockServer services;

    ScheduleStubs stubs;

    @BeforeEach
    void publishedVersion3() {
        services.resetRequests();
        stubs = new ScheduleStubs(services);
        stubs.stub(get(urlPathEqualTo("/auth/sessions/editions/2026/venue")).willReturn(okJson(ScheduleStubs.venueZurich())));
        stubs.stub(get(urlPathEqualTo(AGENDA)).willReturn(okJson("""
                {"edition":2026,"version":3,"publishedAt":"2026-06-01T08:00:00Z","timeZone":"Europe/Zurich","days":[
                  {"date":"2026-07-07","sessions":[
                    {"sessionId":"%s","title":"Kept as it was","start":"2026-07-07T07:00:00Z","end":"2026-07-07T08:00:00Z",
                     "room":{"id":"%s","name":"Room A"}},
                    {"sessionId":"%s","title":"Moved elsewhere","start":"2026-07-07T08:00:00Z","end":"2026-07-07T09:00:00Z",
                     "room":{"id":"%s","name":"Room A"}}]},
                  {"date":"2026-07-08","sessions":[
                    {"sessionId":"%s","title":"Taken off","start":"2026-07-08T09:00:00Z","end":"2026-07-08T10:00:00Z",
                     "room":{"id":"%s","name":"Room B"}}]}]}""".formatted(KEPT, ROOM_A, MOVED, ROOM_A, REMOVED, ROOM_B))));
        stubs.stub(get(urlPathEqualTo(SESSIONS)).withQueryParam("status", equalTo("SCHEDULED")).willReturn(okJson(page(
                session(KEPT, "Kept as it was", "SCHEDULED", "IN_PERSON", 60, ROOM_A, "2026-07-07T07:00:00Z", "2026-07-07T08:00:00Z"),
                session(MOVED, "Moved elsewhere", "SCHEDULED", "IN_PERSON", 60, ROOM_B, "2026-07-07T12:00:00Z", "2026-07-07T13:00:00Z"),
                session(ADDED, "Newly scheduled", "SCHEDULED", "VIRTUAL", 30, null, "2026-07-09T07:30:00Z", "2026-07-09T08:00:00Z")))));
        stubs.stub(get(urlPathEqualTo(SESSIONS + "/" + REMOVED)).willReturn(okJson(
                session(REMOVED, "Taken off", "UNSCHEDULED", "IN_PERSON", 60, null, null, null))));
    }

    @AfterEach
    void removeStubs() {
        stubs.removeAll();
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void theChangesOfTheNextReleaseAreListedBeforePublishing() {
        String html = given().get("/organiser/releases").then().statusCode(200).extract().asString();

        String added = inner(html, "id=\"changes-added\"", "</ul>");
        String removed = inner(html, "id=\"changes-removed\"", "</ul>");
        String moved = inner(html, "id=\"changes-moved\"", "</ul>");
        assertThat(added).contains("Newly scheduled", "Thursday 9 July, 9:30 AM – 10:00 AM", "online (no room)")
                .doesNotContain("Kept as it was").doesNotContain("Moved elsewhere");
        assertThat(removed).contains("Taken off", "was Wednesday 8 July, 11:00 AM – 12:00 PM, Room B")
                .doesNotContain("Kept as it was");
        assertThat(moved).contains("Moved elsewhere",
                        "from Tuesday 7 July, 10:00 AM – 11:00 AM, Room A to Tuesday 7 July, 2:00 PM – 3:00 PM, Room B")
                .doesNotContain("Kept as it was");
        assertThat(html).contains("version 3", "id=\"publish-release\"").doesNotContain("id=\"changes-none\"");
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void beforeTheFirstReleaseEverythingScheduledIsAdded() {
        stubs.stub(get(urlPathEqualTo(AGENDA)).atPriority(1).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":404,\"title\":\"Not Found\",\"detail\":\"No agenda published yet\"}")));
        String html = given().get("/organiser/releases").then().statusCode(200).extract().asString();

        assertThat(inner(html, "id=\"changes-added\"", "</ul>"))
                .contains("Kept as it was", "Moved elsewhere", "Newly scheduled");
        assertThat(inner(html, "id=\"changes-removed\"", "</ul>")).doesNotContain("<li");
        assertThat(inner(html, "id=\"changes-moved\"", "</ul>")).doesNotContain("<li");
        assertThat(html).contains("No agenda is published yet");
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void nothingToPublishIsSaidButPublishingStaysPossible() {
        stubs.stub(get(urlPathEqualTo(SESSIONS)).atPriority(1).withQueryParam("status", equalTo("SCHEDULED")).willReturn(okJson(page(
                session(KEPT, "Kept as it was", "SCHEDULED", "IN_PERSON", 60, ROOM_A, "2026-07-07T07:00:00Z", "2026-07-07T08:00:00Z"),
                session(MOVED, "Moved elsewhere", "SCHEDULED", "IN_PERSON", 60, ROOM_A, "2026-07-07T08:00:00Z", "2026-07-07T09:00:00Z"),
                session(REMOVED, "Taken off", "SCHEDULED", "IN_PERSON", 60, ROOM_B, "2026-07-08T09:00:00Z", "2026-07-08T10:00:00Z")))));
        given().get("/organiser/releases").then().statusCode(200)
                .body(containsString("id=\"changes-none\""), containsString("Nothing to publish"),
                        containsString("id=\"publish-release\""));
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void publishingShowsWhatTheServiceReported() {
        stubs.stub(post(urlPathEqualTo(AGENDA + "/releases")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"version":4,"publishedAt":"2026-06-20T10:00:00Z","sessionCount":3,
                         "changes":{"added":["%s"],"removed":["%s"],"moved":["%s"]}}""".formatted(ADDED, REMOVED, MOVED))));
        Forms csrf = Forms.of("/organiser/releases");

        String location = given().redirects().follow(false).cookies(csrf.cookies())
                .formParam(csrf.fieldName(), csrf.token()).post("/organiser/releases")
                .then().statusCode(303).extract().header("Location");
        services.verify(postRequestedFor(urlPathEqualTo(AGENDA + "/releases")));
        URI to = URI.create(location);
        assertThat(to.getPath()).isEqualTo("/organiser/releases");
        assertThat(to.getQuery()).startsWith("published=4&count=3&added=1&removed=1&moved=1");

        String html = given().get(to.getPath() + "?" + to.getRawQuery()).then().statusCode(200).extract().asString();
        String notice = inner(html, "<div class=\"notice\" role=\"status\" id=\"release-notice\">", "</div>");
        assertThat(notice).contains("Version 4 of the agenda is published with 3 sessions.",
                "1 added, 1 removed, 1 moved", "Newly scheduled", "Taken off", "Moved elsewhere");
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void aRefusedReleaseIsShownOnThePage() {
        stubs.stub(post(urlPathEqualTo(AGENDA + "/releases")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":409,\"title\":\"Conflict\",\"detail\":\"Set the venue of edition 2026 before publishing.\"}")));
        Forms csrf = Forms.of("/organiser/releases");
        given().cookies(csrf.cookies()).formParam(csrf.fieldName(), csrf.token()).post("/organiser/releases")
                .then().statusCode(409)
                .body(containsString("role=\"alert\""), containsString("Set the venue of edition 2026 before publishing."),
                        containsString("id=\"changes-added\""));
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void aTamperedNoticeIsNoServerError() {
        given().get("/organiser/releases?published=x&a=not-an-id&count=-4").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("id=\"release-notice\"")));
        given().get("/organiser/releases?published=5&a=javascript:alert(1)").then().statusCode(200)
                .body(containsString("id=\"release-notice\""), org.hamcrest.Matchers.not(containsString("javascript:")));
    }
}
