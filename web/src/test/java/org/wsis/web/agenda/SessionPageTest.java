package org.wsis.web.agenda;

import org.wsis.web.ServiceStubs;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static io.restassured.RestAssured.given;
import static org.wsis.web.ServiceStubs.onSessions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class SessionPageTest {

    static final String HYBRID = "5a7e3c1d-2b4f-4e6a-8c9d-0e1f2a3b4c01";
    static final String VIRTUAL = "5a7e3c1d-2b4f-4e6a-8c9d-0e1f2a3b4c02";
    static final String IN_PERSON = "5a7e3c1d-2b4f-4e6a-8c9d-0e1f2a3b4c03";
    static final String MISSING = "5a7e3c1d-2b4f-4e6a-8c9d-0e1f2a3b4c09";
    static final String LONG_SUMMARY = "Ministers, regulators and the private sector discuss; how to connect the next "
            + "billion people\nand what it costs. Une table ronde très attendue, à Genève.";

    @OidcWireMock
    WireMockServer services;

    ServiceStubs stubs;

    static String session(String id, String mode, String room) {
        return """
                {"id":"%s","edition":2026,"title":"Opening, day one; all welcome","summary":%s,
                 "format":"MINISTERIAL_ROUNDTABLE","actionLines":["C2","C6"],"sdgs":[9,17],"mode":"%s",
                 "durationMinutes":90,"expectedAudience":30,"status":"SCHEDULED",%s
                 "start":"2026-07-07T08:00:00Z","end":"2026-07-07T09:30:00Z",
                 "speakers":[{"participantId":"p-7","displayName":"Amina Diallo","withdrawn":false},
                             {"participantId":"p-8","displayName":"Gone Speaker","withdrawn":true}],
                 "speakerWithdrawn":false}
                """.formatted(id, json(LONG_SUMMARY), mode,
                room == null ? "" : "\"room\":{\"id\":\"0a6b2d1e-3c4f-4a5b-8c7d-9e0f1a2b3c4d\",\"edition\":2026,"
                        + "\"name\":\"" + room + "\",\"capacity\":40,\"hybrid\":true},");
    }

    static String json(String text) {
        return "\"" + text.replace("\n", "\\n") + "\"";
    }

    @BeforeEach
    void stubs() {
        stubs = new ServiceStubs(services);
        stubs.stub(get(onSessions("/editions/2026/venue")).willReturn(okJson(
                "{\"edition\":2026,\"startDate\":\"2026-07-06\",\"endDate\":\"2026-07-10\",\"timeZone\":\"Europe/Zurich\","
                        + "\"dailyStart\":\"09:00\",\"dailyEnd\":\"18:00\"}")));
        stubs.stub(get(onSessions("/editions/2026/sessions/" + HYBRID))
                .willReturn(okJson(session(HYBRID, "HYBRID", "Room A, level 1"))));
        stubs.stub(get(onSessions("/editions/2026/sessions/" + VIRTUAL))
                .willReturn(okJson(session(VIRTUAL, "VIRTUAL", null))));
        stubs.stub(get(onSessions("/editions/2026/sessions/" + IN_PERSON))
                .willReturn(okJson(session(IN_PERSON, "IN_PERSON", "Room B"))));
        stubs.stub(get(onSessions("/editions/2026/sessions/" + MISSING))
                .willReturn(ServiceStubs.problem(404, "No session " + MISSING)));
    }

    @AfterEach
    void removeStubs() {
        stubs.removeAll();
    }

    @Test
    void anyoneReadsTheSessionInTheVenuesTimeZone() {
        given().get("/agenda/sessions/" + HYBRID).then().statusCode(200)
                .body(containsString("<h1>Opening, day one; all welcome</h1>"),
                        containsString("Tuesday, July 7, 2026"),
                        containsString("<time datetime=\"2026-07-07T10:00+02:00\">10:00"),
                        containsString("<time datetime=\"2026-07-07T11:30+02:00\">11:30"),
                        containsString("Europe/Zurich"),
                        containsString("Room A, level 1"),
                        containsString("Hybrid"),
                        containsString("Ministerial roundtable"),
                        containsString("C2 Information and communication infrastructure"),
                        containsString("SDG 17"),
                        containsString("Amina Diallo"),
                        not(containsString("Gone Speaker")),
                        containsString("href=\"/agenda/sessions/" + HYBRID + ".ics\""),
                        // not signed in: the way to sign in, no seat form
                        containsString("Sign in to reserve a seat"),
                        not(containsString("id=\"reserve-seat\"")));
    }

    @Test
    void aMalformedOrUnknownSessionIsNotFoundNeverAnError() {
        given().get("/agenda/sessions/not-a-session").then().statusCode(404)
                .body(containsString("We could not find this session."));
        given().get("/agenda/sessions/" + MISSING).then().statusCode(404)
                .body(containsString("We could not find this session."));
        given().get("/agenda/sessions/%3Cscript%3E.ics").then().statusCode(404)
                .body(not(containsString("<script>")));
        given().get("/agenda/sessions/" + MISSING + ".ics").then().statusCode(404);
    }

    @Test
    void theCalendarFileIsOneEventInUtcWithCrlfAndFoldedLines() {
        byte[] bytes = given().get("/agenda/sessions/" + HYBRID + ".ics").then().statusCode(200)
                .contentType(startsWith("text/calendar"))
                .header("Content-Disposition", startsWith("attachment"))
                .header("Content-Disposition", containsString("filename=\"session-" + HYBRID + ".ics\""))
                .extract().asByteArray();
        String ics = new String(bytes, StandardCharsets.UTF_8);

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(2);
        assertThat(ics).contains("\r\nUID:" + HYBRID + "@wsis\r\n")
                .contains("\r\nDTSTART:20260707T080000Z\r\n")
                .contains("\r\nDTEND:20260707T093000Z\r\n")
                .containsPattern("\r\nDTSTAMP:\\d{8}T\\d{6}Z\r\n")
                .contains("\r\nSUMMARY:Opening\\, day one\\; all welcome\r\n")
                .contains("\r\nLOCATION:Room A\\, level 1\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        // unfolded (RFC 5545 3.1), the description is the summary, escaped
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("\r\nDESCRIPTION:Ministers\\, regulators and the private sector discuss\\; "
                + "how to connect the next billion people\\nand what it costs. Une table ronde très attendue\\, à Genève.\r\n");
        assertThat(Arrays.stream(ics.split("\r\n")).filter(l -> l.startsWith(" ")).count()).isGreaterThan(0);
    }

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void aParticipantIsOfferedTheModesTheSessionHas() {
        given().get("/agenda/sessions/" + HYBRID).then().statusCode(200)
                .body(containsString("id=\"reserve-seat\""), containsString("id=\"leave-seat\""),
                        containsString("value=\"IN_PERSON\" checked"), containsString("value=\"REMOTE\""),
                        containsString("action=\"/agenda/sessions/" + HYBRID + "/seat\""),
                        containsString("name=\"csrf-token\""));
        given().get("/agenda/sessions/" + VIRTUAL).then().statusCode(200)
                .body(containsString("value=\"REMOTE\" checked"), not(containsString("value=\"IN_PERSON\"")),
                        containsString("Online"));
        given().get("/agenda/sessions/" + IN_PERSON).then().statusCode(200)
                .body(containsString("value=\"IN_PERSON\" checked"), not(containsString("value=\"REMOTE\"")));
    }

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void reservingASeatPostsTheModeAndSaysSo() {
        stubs.stub(post(onSessions("/editions/2026/sessions/" + HYBRID + "/attendance"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(
                        "{\"sessionId\":\"" + HYBRID + "\",\"participantId\":\"x\",\"mode\":\"IN_PERSON\","
                                + "\"reservedAt\":\"2026-06-02T10:00:00Z\"}")));

        String location = ServiceStubs.postForm("/agenda/sessions/" + HYBRID, "/agenda/sessions/" + HYBRID + "/seat",
                        "mode", "IN_PERSON")
                .then().statusCode(303)
                .header("Location", endsWith("/agenda/sessions/" + HYBRID + "?seat=reserved&mode=IN_PERSON"))
                .extract().header("Location");

        services.verify(postRequestedFor(onSessions("/editions/2026/sessions/" + HYBRID + "/attendance"))
                .withRequestBody(equalToJson("{\"mode\":\"IN_PERSON\"}")));
        given().get(location).then().statusCode(200)
                .body(containsString("<div class=\"notice\" role=\"status\" id=\"seat-status\"><p>Your seat is reserved (in person).</p>"));
    }

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void aFullSessionIsSaidOnThePageWithTheServicesStatus() {
        stubs.stub(post(onSessions("/editions/2026/sessions/" + HYBRID + "/attendance"))
                .willReturn(ServiceStubs.problem(409, "Every in-person seat of the session is taken (40).")));

        ServiceStubs.postForm("/agenda/sessions/" + HYBRID, "/agenda/sessions/" + HYBRID + "/seat", "mode", "IN_PERSON")
                .then().statusCode(409)
                .body(containsString("role=\"alert\""),
                        containsString("Your seat could not be reserved: Every in-person seat of the session is taken (40)."),
                        containsString("<h1>Opening, day one; all welcome</h1>"),
                        containsString("id=\"reserve-seat\""));
    }

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void aRefusalIsWordedByItsCodeInTheVisitorsLanguage() {
        stubs.stub(post(onSessions("/editions/2026/sessions/" + HYBRID + "/attendance"))
                .willReturn(ServiceStubs.problem(409, "session-full", "Every in-person seat of session x is taken (40).")));

        ServiceStubs.postFormIn("fr", "/agenda/sessions/" + HYBRID, "/agenda/sessions/" + HYBRID + "/seat",
                        "mode", "IN_PERSON")
                .then().statusCode(409)
                .body(containsString("Votre place n&#39;a pas pu être réservée : Toutes les places sur place de cette"
                                + " session sont prises."),
                        not(containsString("Every in-person seat")));
        ServiceStubs.postForm("/agenda/sessions/" + HYBRID, "/agenda/sessions/" + HYBRID + "/seat", "mode", "IN_PERSON")
                .then().statusCode(409)
                .body(containsString("Your seat could not be reserved: Every in-person seat of this session is taken."));
    }

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void onlyConfirmedParticipantsReserveAndTheRefusalIsExplained() {
        stubs.stub(post(onSessions("/editions/2026/sessions/" + HYBRID + "/attendance"))
                .willReturn(ServiceStubs.problem(403, "Only CONFIRMED participants of edition 2026 may reserve seats.")));

        ServiceStubs.postForm("/agenda/sessions/" + HYBRID, "/agenda/sessions/" + HYBRID + "/seat", "mode", "REMOTE")
                .then().statusCode(403)
                .body(containsString("Only confirmed participants can reserve a seat."),
                        containsString("value=\"REMOTE\" checked"));
    }

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void aModeThatIsNotOneIsAskedAgainWithoutCallingTheService() {
        ServiceStubs.postForm("/agenda/sessions/" + IN_PERSON, "/agenda/sessions/" + IN_PERSON + "/seat", "mode", "SOFA")
                .then().statusCode(400)
                .body(containsString("Please choose how you will attend."), containsString("aria-describedby=\"e-mode\""));
        services.verify(0, postRequestedFor(onSessions("/editions/2026/sessions/" + IN_PERSON + "/attendance")));
    }

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void leavingGivesTheSeatUp() {
        stubs.stub(delete(onSessions("/editions/2026/sessions/" + VIRTUAL + "/attendance"))
                .willReturn(aResponse().withStatus(204)));

        ServiceStubs.postForm("/agenda/sessions/" + VIRTUAL, "/agenda/sessions/" + VIRTUAL + "/seat/leave")
                .then().statusCode(303).header("Location", endsWith("/agenda/sessions/" + VIRTUAL + "?seat=left"));
        services.verify(deleteRequestedFor(onSessions("/editions/2026/sessions/" + VIRTUAL + "/attendance")));
        given().get("/agenda/sessions/" + VIRTUAL + "?seat=left").then()
                .body(containsString("id=\"seat-status\""), containsString("You have given up your seat"));
    }

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void leavingWithoutASeatIsSaidInWords() {
        stubs.stub(delete(onSessions("/editions/2026/sessions/" + IN_PERSON + "/attendance"))
                .willReturn(ServiceStubs.problem(404, "You hold no seat at this session.")));

        ServiceStubs.postForm("/agenda/sessions/" + IN_PERSON, "/agenda/sessions/" + IN_PERSON + "/seat/leave")
                .then().statusCode(404).body(containsString("You hold no seat at this session."),
                        containsString("<h1>Opening, day one; all welcome</h1>"));
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void anotherRoleMayNotReserve() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("mode", "IN_PERSON")
                .post("/agenda/sessions/" + HYBRID + "/seat").then().statusCode(403);
        given().get("/agenda/sessions/" + HYBRID).then().statusCode(200).body(not(containsString("id=\"reserve-seat\"")));
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("mode", "IN_PERSON")
                .post("/agenda/sessions/" + HYBRID + "/seat").then().statusCode(302)
                .header("Location", containsString("/realms/quarkus?response_type=code"));
    }

    @Test
    void theSeatFormsAddressOpenedAgainLeadsBackToTheSession() {
        given().redirects().follow(false).get("/agenda/sessions/" + HYBRID + "/seat").then().statusCode(303)
                .header("Location", endsWith("/agenda/sessions/" + HYBRID));
        given().redirects().follow(false).get("/agenda/sessions/" + HYBRID + "/seat/leave").then().statusCode(303)
                .header("Location", endsWith("/agenda/sessions/" + HYBRID));
        given().get("/agenda/sessions/nope/seat").then().statusCode(404);
    }

    @Test
    void speaksFrench() {
        given().header("Accept-Language", "fr").get("/agenda/sessions/" + HYBRID).then().statusCode(200)
                .body(containsString("mardi 7 juillet 2026"), containsString("Table ronde ministérielle"),
                        containsString("Ajouter à mon calendrier"), containsString("ODD 9"));
    }
}
