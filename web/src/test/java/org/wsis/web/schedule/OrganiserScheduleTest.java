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

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.wsis.web.schedule.ScheduleStubs.ROOM_A;
import static org.wsis.web.schedule.ScheduleStubs.ROOM_B;
import static org.wsis.web.schedule.ScheduleStubs.cell;
import static org.wsis.web.Html.inner;
import static org.wsis.web.schedule.ScheduleStubs.page;
import static org.wsis.web.schedule.ScheduleStubs.row;
import static org.wsis.web.schedule.ScheduleStubs.session;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OrganiserScheduleTest {

    static final String SESSIONS = "/auth/sessions/editions/2026/sessions";
    static final String PLACED = "11111111-1111-4111-8111-000000000001";
    static final String VIRTUAL = "11111111-1111-4111-8111-000000000002";
    static final String WAITING = "11111111-1111-4111-8111-000000000003";
    static final String OTHER_1 = "11111111-1111-4111-8111-000000000004";
    static final String OTHER_2 = "11111111-1111-4111-8111-000000000005";

    @OidcWireMock
    WireMockServer services;

    ScheduleStubs stubs;

    @BeforeEach
    void theForumOfGeneva() {
        services.resetRequests();
        stubs = new ScheduleStubs(services);
        stubs.stub(get(urlPathEqualTo("/auth/sessions/editions/2026/venue")).willReturn(okJson(ScheduleStubs.venueZurich())));
        stubs.stub(get(urlPathEqualTo("/auth/sessions/editions/2026/rooms")).willReturn(okJson(ScheduleStubs.rooms())));
        // a day without sessions is an empty page
        stubs.stub(get(urlPathEqualTo(SESSIONS)).atPriority(10).withQueryParam("status", equalTo("SCHEDULED"))
                .willReturn(okJson(page())));
        // 08:00Z is 10:00 in Geneva in July (UTC+2)
        stubs.stub(get(urlPathEqualTo(SESSIONS)).withQueryParam("status", equalTo("SCHEDULED"))
                .withQueryParam("day", equalTo("2026-07-07"))
                .willReturn(okJson(page(
                        session(PLACED, "Closing the connectivity gap", "SCHEDULED", "IN_PERSON", 60, ROOM_B,
                                "2026-07-07T08:00:00Z", "2026-07-07T09:00:00Z"),
                        session(VIRTUAL, "Open data online", "SCHEDULED", "VIRTUAL", 30, null,
                                "2026-07-07T12:30:00Z", "2026-07-07T13:00:00Z")))));
        stubs.stub(get(urlPathEqualTo(SESSIONS)).withQueryParam("status", equalTo("UNSCHEDULED"))
                .willReturn(okJson(page(session(WAITING, "AI for health", "UNSCHEDULED", "IN_PERSON", 90, null, null, null)))));
        stubs.stub(get(urlPathEqualTo(SESSIONS + "/" + WAITING))
                .willReturn(okJson(session(WAITING, "AI for health", "UNSCHEDULED", "IN_PERSON", 90, null, null, null))));
    }

    @AfterEach
    void removeStubs() {
        stubs.removeAll();
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void theGridPlacesASessionInItsRoomAtItsLocalStartTime() {
        String html = given().get("/organiser/schedule?day=2026-07-07").then().statusCode(200)
                .body(containsString("<th scope=\"col\""), containsString("<th scope=\"row\">"),
                        containsString("class=\"table-wrap\""))
                .extract().asString();

        String ten = row(html, "10:00");
        assertThat(cell(ten, ROOM_B)).contains("Closing the connectivity gap", "href=\"/agenda/sessions/" + PLACED + "\"",
                "11:00 AM", "id=\"unschedule-" + PLACED + "\"");
        assertThat(cell(ten, ROOM_A)).doesNotContain("Closing the connectivity gap");
        assertThat(row(html, "09:00")).doesNotContain("Closing the connectivity gap");
        assertThat(html).doesNotContain("data-time=\"08:30\"").contains("data-time=\"17:30\"")
                .doesNotContain("data-time=\"18:00\"");
        // the virtual session has no room: in its own list, not in the grid
        assertThat(inner(html, "id=\"virtual-sessions\">", "</ul>")).contains("Open data online", "2:30 PM");
        assertThat(row(html, "14:30")).doesNotContain("Open data online");
        // the day links: every forum day, the one shown marked
        assertThat(html).contains("href=\"/organiser/schedule?day=2026-07-07\" aria-current=\"page\">Tuesday 7 July",
                "href=\"/organiser/schedule?day=2026-07-10\"");
        // the place form of the session waiting for a slot
        assertThat(html).contains("action=\"/organiser/schedule/sessions/" + WAITING + "/slot\" id=\"place-" + WAITING + "\"");
        String form = inner(html, "id=\"place-" + WAITING + "\"", "</form>");
        assertThat(form).contains(
                "<label for=\"room-" + WAITING + "\"", "id=\"room-" + WAITING + "\" name=\"roomId\"",
                "<label for=\"day-" + WAITING + "\"", "id=\"day-" + WAITING + "\" name=\"day\"",
                "<label for=\"start-" + WAITING + "\"", "type=\"time\" id=\"start-" + WAITING + "\" name=\"start\"",
                "class=\"place\"", "90 minutes", "name=\"csrf-token\"");
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void placingSendsTheVenuesOffsetAndTheEndTheDurationGives() {
        stubs.stub(put(urlPathEqualTo(SESSIONS + "/" + WAITING + "/slot")).willReturn(okJson(
                session(WAITING, "AI for health", "SCHEDULED", "IN_PERSON", 90, ROOM_A,
                        "2026-07-07T08:00:00Z", "2026-07-07T09:30:00Z"))));
        Forms csrf = Forms.of("/organiser/schedule?day=2026-07-07");

        given().redirects().follow(false).cookies(csrf.cookies())
                .formParam(csrf.fieldName(), csrf.token()).formParam("roomId", ROOM_A)
                .formParam("day", "2026-07-07").formParam("start", "10:00")
                .post("/organiser/schedule/sessions/" + WAITING + "/slot")
                .then().statusCode(303)
                .header("Location", endsWith("/organiser/schedule?day=2026-07-07&placed=" + WAITING));

        services.verify(putRequestedFor(urlPathEqualTo(SESSIONS + "/" + WAITING + "/slot")).withRequestBody(equalToJson("""
                {"roomId":"%s","start":"2026-07-07T10:00:00+02:00","end":"2026-07-07T11:30:00+02:00"}""".formatted(ROOM_A))));
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void aWinterDayTakesTheWinterOffset() {
        stubs.stub(get(urlPathEqualTo("/auth/sessions/editions/2026/venue")).atPriority(1).willReturn(okJson("""
                {"edition":2026,"startDate":"2026-12-01","endDate":"2026-12-03","timeZone":"Europe/Zurich",
                 "dailyStart":"09:00","dailyEnd":"18:00"}""")));
        stubs.stub(put(urlPathEqualTo(SESSIONS + "/" + WAITING + "/slot")).willReturn(okJson(
                session(WAITING, "AI for health", "SCHEDULED", "IN_PERSON", 90, ROOM_A, null, null))));
        Forms csrf = Forms.of("/organiser/schedule?day=2026-12-01");

        given().redirects().follow(false).cookies(csrf.cookies())
                .formParam(csrf.fieldName(), csrf.token()).formParam("roomId", ROOM_A)
                .formParam("day", "2026-12-02").formParam("start", "16:45")
                .post("/organiser/schedule/sessions/" + WAITING + "/slot")
                .then().statusCode(303);

        services.verify(putRequestedFor(urlPathEqualTo(SESSIONS + "/" + WAITING + "/slot")).withRequestBody(equalToJson("""
                {"roomId":"%s","start":"2026-12-02T16:45:00+01:00","end":"2026-12-02T18:15:00+01:00"}""".formatted(ROOM_A))));
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void aDoubleBookingNamesTheSessionsInTheWayInWords() {
        stubs.stub(put(urlPathEqualTo(SESSIONS + "/" + WAITING + "/slot")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type":"urn:wsis:problem:slot-conflict","title":"Conflict with the current state","status":409,
                         "detail":"The room or a speaker is already booked at that time",
                         "conflicts":[{"kind":"ROOM_DOUBLE_BOOKED","sessionId":"%s"},
                                      {"kind":"SPEAKER_DOUBLE_BOOKED","sessionId":"%s"}]}""".formatted(OTHER_1, OTHER_2))));
        stubs.stub(get(urlPathEqualTo(SESSIONS + "/" + OTHER_1)).willReturn(okJson(session(OTHER_1,
                "Broadband for all", "SCHEDULED", "IN_PERSON", 60, ROOM_A, "2026-07-07T08:00:00Z", "2026-07-07T09:00:00Z"))));
        stubs.stub(get(urlPathEqualTo(SESSIONS + "/" + OTHER_2)).willReturn(okJson(session(OTHER_2,
                "Cyber resilience", "SCHEDULED", "VIRTUAL", 60, null, "2026-07-07T08:30:00Z", "2026-07-07T09:30:00Z"))));
        Forms csrf = Forms.of("/organiser/schedule?day=2026-07-07");

        String html = given().cookies(csrf.cookies())
                .formParam(csrf.fieldName(), csrf.token()).formParam("roomId", ROOM_A)
                .formParam("day", "2026-07-07").formParam("start", "10:00")
                .post("/organiser/schedule/sessions/" + WAITING + "/slot")
                .then().statusCode(409).extract().asString();

        String conflicts = inner(html, "<div class=\"alert\" role=\"alert\" tabindex=\"-1\" id=\"slot-conflicts\">", "</div>");
        assertThat(conflicts)
                .contains("The room is already booked at that time by another session", "Broadband for all",
                        "Tuesday 7 July, 10:00 AM – 11:00 AM", "Room A")
                .contains("A speaker is already speaking at that time in another session", "Cyber resilience",
                        "Tuesday 7 July, 10:30 AM – 11:30 AM")
                .contains("href=\"#place-" + WAITING + "\"");
        // the form keeps what was chosen
        String form = inner(html, "id=\"place-" + WAITING + "\"", "</form>");
        assertThat(form).contains("value=\"" + ROOM_A + "\" selected", "value=\"2026-07-07\" selected", "value=\"10:00\"");
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void aConflictWhoseSessionCannotBeReadShowsItsId() {
        stubs.stub(put(urlPathEqualTo(SESSIONS + "/" + WAITING + "/slot")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"status":409,"title":"Conflict","conflicts":[{"kind":"ROOM_DOUBLE_BOOKED","sessionId":"%s"}]}"""
                        .formatted(OTHER_1))));
        stubs.stub(get(urlPathEqualTo(SESSIONS + "/" + OTHER_1)).willReturn(notFound()));
        Forms csrf = Forms.of("/organiser/schedule?day=2026-07-07");

        given().cookies(csrf.cookies()).formParam(csrf.fieldName(), csrf.token())
                .formParam("roomId", ROOM_A).formParam("day", "2026-07-07").formParam("start", "10:00")
                .post("/organiser/schedule/sessions/" + WAITING + "/slot")
                .then().statusCode(409)
                .body(containsString("id=\"slot-conflicts\""), containsString(OTHER_1));
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void aRuleTheSlotBreaksIsShownBesideItsField() {
        stubs.stub(put(urlPathEqualTo(SESSIONS + "/" + WAITING + "/slot")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type":"urn:wsis:problem:room-too-small","title":"Unprocessable","status":422,
                         "detail":"Room 'Room B' seats 40; the session expects 80.",
                         "violations":[{"field":"roomId","message":"Room B seats 40; the session expects 80."}]}""")));
        Forms csrf = Forms.of("/organiser/schedule?day=2026-07-07");

        String html = given().cookies(csrf.cookies()).formParam(csrf.fieldName(), csrf.token())
                .formParam("roomId", ROOM_B).formParam("day", "2026-07-07").formParam("start", "10:00")
                .post("/organiser/schedule/sessions/" + WAITING + "/slot")
                .then().statusCode(422).extract().asString();

        // the rule in the pages' words (by its code), the service's specifics beside the field
        assertThat(html).contains("role=\"alert\"", "This room has fewer seats than the session&#39;s expected audience.")
                .doesNotContain("id=\"slot-conflicts\"");
        String form = inner(html, "id=\"place-" + WAITING + "\"", "</form>");
        assertThat(form).contains("aria-invalid=\"true\" aria-describedby=\"room-" + WAITING + "-error\"",
                "<p class=\"error\" id=\"room-" + WAITING + "-error\">Room B seats 40; the session expects 80.</p>",
                "value=\"" + ROOM_B + "\" selected");
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void aStartThatIsNoTimeIsRefusedBeforeAskingTheService() {
        Forms csrf = Forms.of("/organiser/schedule?day=2026-07-07");
        given().cookies(csrf.cookies()).formParam(csrf.fieldName(), csrf.token())
                .formParam("roomId", ROOM_A).formParam("day", "2026-07-07").formParam("start", "ten")
                .post("/organiser/schedule/sessions/" + WAITING + "/slot")
                .then().statusCode(400).body(containsString("id=\"start-" + WAITING + "-error\""));
        services.verify(0, putRequestedFor(urlPathEqualTo(SESSIONS + "/" + WAITING + "/slot")));
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void unschedulingTakesTheSlotAway() {
        stubs.stub(delete(urlPathEqualTo(SESSIONS + "/" + PLACED + "/slot")).willReturn(okJson(
                session(PLACED, "Closing the connectivity gap", "UNSCHEDULED", "IN_PERSON", 60, null, null, null))));
        Forms csrf = Forms.of("/organiser/schedule?day=2026-07-07");

        given().redirects().follow(false).cookies(csrf.cookies()).formParam(csrf.fieldName(), csrf.token())
                .formParam("day", "2026-07-07")
                .post("/organiser/schedule/sessions/" + PLACED + "/unschedule")
                .then().statusCode(303)
                .header("Location", endsWith("/organiser/schedule?day=2026-07-07&unscheduled=" + PLACED));
        services.verify(deleteRequestedFor(urlPathEqualTo(SESSIONS + "/" + PLACED + "/slot")));
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void aDayThatIsNoForumDayIsNoServerError() {
        given().get("/organiser/schedule?day=tuesday").then().statusCode(400)
                .body(containsString("This is not a date"), containsString("href=\"/organiser/schedule?day=2026-07-06\""),
                        not(containsString("Every session has a slot")));
        given().get("/organiser/schedule?day=2026-08-01").then().statusCode(404)
                .body(containsString("is not a day of the forum"));
        // no day: the first forum day (the forum is not today)
        given().get("/organiser/schedule").then().statusCode(200)
                .body(containsString("href=\"/organiser/schedule?day=2026-07-06\" aria-current=\"page\""));
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void beforeTheVenueIsSetThePageSaysSo() {
        stubs.stub(get(urlPathEqualTo("/auth/sessions/editions/2026/venue")).atPriority(1).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":404,\"title\":\"Not Found\"}")));
        given().get("/organiser/schedule").then().statusCode(200)
                .body(containsString("id=\"venue-not-set\""), containsString("The venue is not set yet"),
                        not(containsString("<table")));
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void inFrench() {
        given().cookie("lang", "fr").get("/organiser/schedule?day=2026-07-07").then().statusCode(200)
                .body(containsString("<html lang=\"fr\""), containsString("<h1>Calendrier</h1>"),
                        containsString("mardi 7 juillet"), containsString("Placer dans le calendrier"),
                        containsString("de 10:00 à 11:00"), containsString("Atelier thématique"));
    }

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void aParticipantMayNotSeeTheTimetable() {
        given().get("/organiser/schedule").then().statusCode(403);
        given().get("/organiser/releases").then().statusCode(403);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        given().redirects().follow(false).get("/organiser/schedule").then().statusCode(302)
                .header("Location", containsString("/realms/quarkus"))
                .header("Location", containsString("client_id=quarkus-web-app"));
        given().redirects().follow(false).get("/organiser/releases").then().statusCode(302)
                .header("Location", containsString("/realms/quarkus"));
    }
}
