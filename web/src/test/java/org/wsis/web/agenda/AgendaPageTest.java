package org.wsis.web.agenda;

import org.wsis.web.ServiceStubs;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.restassured.RestAssured.given;
import static org.wsis.web.ServiceStubs.onSessions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class AgendaPageTest {

    static final String OPENING = "6f1c2f4e-1a58-4b0e-9d64-0c6b8a1f0001";
    static final String CAFE = "6f1c2f4e-1a58-4b0e-9d64-0c6b8a1f0002";
    static final String ROOM_A = "0a6b2d1e-3c4f-4a5b-8c7d-9e0f1a2b3c4d";
    static final String ROOM_B = "0a6b2d1e-3c4f-4a5b-8c7d-9e0f1a2b3c4e";

    static final String AGENDA = """
            {"edition":2026,"version":3,"publishedAt":"2026-06-01T10:00:00Z","timeZone":"Europe/Zurich","days":[
             {"date":"2026-07-07","sessions":[
              {"sessionId":"%s","title":"Opening of the Forum","summary":"Welcome.","format":"HIGH_LEVEL_POLICY_SESSION",
               "mode":"HYBRID","start":"2026-07-07T08:00:00Z","end":"2026-07-07T09:30:00Z",
               "room":{"id":"%s","name":"Room A (CICG level 1)"},"speakers":["Amina Diallo","Jean Dupont"],
               "actionLines":["C1","C3"],"sdgs":[4,9]}]},
             {"date":"2026-07-08","sessions":[
              {"sessionId":"%s","title":"Knowledge café on e-health","format":"KNOWLEDGE_CAFE","mode":"VIRTUAL",
               "start":"2026-07-08T12:15:00Z","end":"2026-07-08T13:00:00Z","speakers":[],
               "actionLines":["C7_E_HEALTH"],"sdgs":[3]}]}]}
            """.formatted(OPENING, ROOM_A, CAFE);

    static final String ROOMS = """
            [{"id":"%s","edition":2026,"name":"Room A (CICG level 1)","capacity":40,"hybrid":true},
             {"id":"%s","edition":2026,"name":"Room B","capacity":20,"hybrid":false}]
            """.formatted(ROOM_A, ROOM_B);

    @OidcWireMock
    WireMockServer services;

    ServiceStubs stubs;

    @BeforeEach
    void stubs() {
        stubs = new ServiceStubs(services);
        stubs.stub(get(onSessions("/editions/2026/rooms")).willReturn(okJson(ROOMS)));
    }

    @AfterEach
    void removeStubs() {
        stubs.removeAll();
    }

    @Test
    void showsTheFirstDayInTheAgendasTimeZoneWithATabPerDay() {
        stubs.stub(get(onSessions("/editions/2026/agenda")).willReturn(okJson(AGENDA)));

        given().get("/agenda").then().statusCode(200)
                .body(containsString("<h1>Agenda of the WSIS Forum 2026</h1>"),
                        containsString("Europe/Zurich"),
                        // 08:00 UTC is 10:00 in Geneva in July
                        containsString("<time datetime=\"2026-07-07T10:00+02:00\">10:00"),
                        containsString("<a href=\"/agenda/sessions/" + OPENING + "\">Opening of the Forum</a>"),
                        containsString("Room A (CICG level 1)"),
                        containsString("Amina Diallo, Jean Dupont"),
                        containsString("High-level policy session"),
                        containsString("C1 The role of governments and all stakeholders"),
                        containsString("href=\"/agenda?day=2026-07-07\" aria-current=\"page\""),
                        containsString("href=\"/agenda?day=2026-07-08\">"),
                        containsString("Tuesday, July 7, 2026"),
                        not(containsString("Knowledge café on e-health")));

        given().get("/agenda?day=2026-07-08").then().statusCode(200)
                .body(containsString("Knowledge café on e-health"),
                        containsString("<time datetime=\"2026-07-08T14:15+02:00\">2:15"),
                        containsString("href=\"/agenda?day=2026-07-08\" aria-current=\"page\""),
                        containsString("Online"),
                        not(containsString("Opening of the Forum")));
    }

    @Test
    void passesTheFiltersToTheServiceAndKeepsThemInTheDayLinksAndTheCalendarLink() {
        stubs.stub(get(onSessions("/editions/2026/agenda")).willReturn(okJson(AGENDA)));

        given().get("/agenda?format=KNOWLEDGE_CAFE&roomId=" + ROOM_B + "&actionLine=C7_E_HEALTH")
                .then().statusCode(200)
                .body(containsString("<option value=\"KNOWLEDGE_CAFE\" selected>Knowledge café</option>"),
                        containsString("<option value=\"" + ROOM_B + "\" selected>Room B</option>"),
                        containsString("<option value=\"C7_E_HEALTH\" selected>"),
                        containsString("href=\"/agenda?day=2026-07-08&amp;format=KNOWLEDGE_CAFE&amp;roomId=" + ROOM_B
                                + "&amp;actionLine=C7_E_HEALTH\""),
                        containsString("href=\"/agenda.ics?format=KNOWLEDGE_CAFE&amp;roomId=" + ROOM_B
                                + "&amp;actionLine=C7_E_HEALTH\""),
                        containsString("Clear the filters"));

        services.verify(getRequestedFor(onSessions("/editions/2026/agenda"))
                .withQueryParam("format", equalTo("KNOWLEDGE_CAFE"))
                .withQueryParam("roomId", equalTo(ROOM_B))
                .withQueryParam("actionLine", equalTo("C7_E_HEALTH")));
    }

    @Test
    void aFilterThatIsNotOneIsABadRequestNeverAnError() {
        given().get("/agenda?format=NOT_A_FORMAT").then().statusCode(400)
                .body(containsString("This filter is not one the agenda knows"));
        given().get("/agenda?roomId=room-a").then().statusCode(400);
        given().get("/agenda?actionLine=C99").then().statusCode(400);
        given().get("/agenda?day=tomorrow").then().statusCode(400);
        given().get("/agenda.ics?format=%3Cscript%3E").then().statusCode(400)
                .body(not(containsString("<script>")));
    }

    @Test
    void saysSoWhenNoAgendaIsPublishedYet() {
        stubs.stub(get(onSessions("/editions/2026/agenda"))
                .willReturn(ServiceStubs.problem(404, "No agenda published yet for 2026")));

        given().get("/agenda").then().statusCode(200)
                .body(containsString("id=\"agenda-not-published\""),
                        containsString("The agenda is not published yet."));
    }

    @Test
    void relaysTheServicesCalendarWithTheSameFilters() {
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//WSIS//sessions//EN\r\nEND:VCALENDAR\r\n";
        stubs.stub(get(onSessions("/editions/2026/agenda.ics"))
                .willReturn(aResponse().withHeader("Content-Type", "text/calendar; charset=UTF-8").withBody(ics)));

        byte[] body = given().get("/agenda.ics?format=HACKATHON&actionLine=C4")
                .then().statusCode(200).contentType(startsWith("text/calendar"))
                .header("Content-Disposition", containsString("wsis-forum-2026.ics"))
                .extract().asByteArray();

        org.assertj.core.api.Assertions.assertThat(new String(body, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(ics);
        services.verify(getRequestedFor(onSessions("/editions/2026/agenda.ics"))
                .withQueryParam("format", equalTo("HACKATHON")).withQueryParam("actionLine", equalTo("C4")));
    }

    @Test
    void speaksFrench() {
        stubs.stub(get(onSessions("/editions/2026/agenda")).willReturn(okJson(AGENDA)));

        given().header("Accept-Language", "fr").get("/agenda").then().statusCode(200)
                .body(containsString("<html lang=\"fr\""),
                        containsString("<h1>Programme du Forum du SMSI 2026</h1>"),
                        containsString("mardi 7 juillet 2026"),
                        containsString("<time datetime=\"2026-07-07T10:00+02:00\">10:00</time>"),
                        containsString("Tous les formats"),
                        containsString("Intervenants : Amina Diallo, Jean Dupont"),
                        containsString("Télécharger le programme"));
        // the language the visitor chose (the cookie the language links set) wins over the browser's
        given().cookie("lang", "fr").header("Accept-Language", "en").get("/agenda").then().statusCode(200)
                .body(containsString("<h1>Programme du Forum du SMSI 2026</h1>"),
                        containsString("Session politique de haut niveau"),
                        containsString("C1 Rôle des gouvernements et de toutes les parties prenantes"),
                        containsString("Hybride"));
    }

    @Test
    void noSessionMatchingTheFiltersIsSaidInWords() {
        stubs.stub(get(onSessions("/editions/2026/agenda")).willReturn(okJson(
                "{\"edition\":2026,\"version\":3,\"publishedAt\":\"2026-06-01T10:00:00Z\",\"timeZone\":\"Europe/Zurich\",\"days\":[]}")));

        given().get("/agenda?format=HACKATHON").then().statusCode(200)
                .body(containsString("No session matches these filters."), not(containsString("Exception")));
    }
}
