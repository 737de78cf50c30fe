package org.wsis.web.schedule;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * The services as the schedule pages see them in module tests: stubs on the shared WireMock server, removed
 * after each test (the identity provider's stubs live there too), and the CSRF token a form carries.
 */
final class ScheduleStubs {

    static final String ROOM_A = "3f1e2d4c-5b6a-4789-9abc-def012345601";
    static final String ROOM_B = "3f1e2d4c-5b6a-4789-9abc-def012345602";

    private final WireMockServer services;
    private final List<StubMapping> added = new ArrayList<>();

    ScheduleStubs(WireMockServer services) {
        this.services = services;
    }

    StubMapping stub(MappingBuilder mapping) {
        StubMapping stub = services.stubFor(mapping);
        added.add(stub);
        return stub;
    }

    void removeAll() {
        added.forEach(services::removeStub);
        added.clear();
    }

    static String venueZurich() {
        return """
                {"edition":2026,"startDate":"2026-07-06","endDate":"2026-07-10","timeZone":"Europe/Zurich",
                 "dailyStart":"09:00","dailyEnd":"18:00"}""";
    }

    static String rooms() {
        return """
                [{"id":"%s","edition":2026,"name":"Room A","capacity":120,"hybrid":true},
                 {"id":"%s","edition":2026,"name":"Room B","capacity":40,"hybrid":false}]""".formatted(ROOM_A, ROOM_B);
    }

    static String room(String id) {
        return ROOM_A.equals(id) ? "{\"id\":\"%s\",\"name\":\"Room A\",\"capacity\":120,\"hybrid\":true}".formatted(id)
                : "{\"id\":\"%s\",\"name\":\"Room B\",\"capacity\":40,\"hybrid\":false}".formatted(id);
    }

    /** A session as sessions-service answers it; room, start and end may be null. */
    static String session(String id, String title, String status, String mode, int minutes, String roomId,
                          String start, String end) {
        return """
                {"id":"%s","edition":2026,"title":"%s","format":"THEMATIC_WORKSHOP","mode":"%s","durationMinutes":%d,
                 "expectedAudience":30,"status":"%s"%s%s%s,"speakers":[]}""".formatted(id, title, mode, minutes, status,
                roomId == null ? "" : ",\"room\":" + room(roomId),
                start == null ? "" : ",\"start\":\"" + start + "\"",
                end == null ? "" : ",\"end\":\"" + end + "\"");
    }

    static String page(String... sessions) {
        return "{\"items\":[" + String.join(",", sessions) + "],\"page\":0,\"size\":200,\"total\":" + sessions.length + "}";
    }

    /** The CSRF cookie and the form's token, read from a page that has a form. */
    record Csrf(String cookie, String token) {
    }

    static Csrf csrf(Response page) {
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page.asString());
        if (!token.find()) {
            throw new AssertionError("no CSRF token in the page:\n" + page.asString());
        }
        return new Csrf(page.getCookie("csrf-token"), token.group(1));
    }

    static Csrf csrfOf(String path) {
        return csrf(given().get(path).then().statusCode(200).extract().response());
    }

    /** The inner HTML of the first element whose start tag matches {@code startTag} up to {@code endTag}. */
    static String inner(String html, String startTag, String endTag) {
        Matcher m = Pattern.compile(Pattern.quote(startTag) + "(.*?)" + Pattern.quote(endTag), Pattern.DOTALL).matcher(html);
        if (!m.find()) {
            throw new AssertionError("no " + startTag + " in:\n" + html);
        }
        return m.group(1);
    }

    static String row(String html, String time) {
        return inner(html, "<tr data-time=\"" + time + "\">", "</tr>");
    }

    static String cell(String row, String roomId) {
        return inner(row, "<td data-room=\"" + roomId + "\">", "</td>");
    }
}
