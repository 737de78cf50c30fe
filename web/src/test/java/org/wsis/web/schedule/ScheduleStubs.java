package org.wsis.web.schedule;

import org.wsis.web.Html;
import org.wsis.web.ServiceStubs;
import com.github.tomakehurst.wiremock.WireMockServer;



/**
 * The services as the schedule pages see them in module tests: stubs on the shared WireMock server, removed
 * after each test (the identity provider's stubs live there too), and the CSRF token a form carries.
 */
final class ScheduleStubs extends ServiceStubs {

    static final String ROOM_A = "3f1e2d4c-5b6a-4789-9abc-def012345601";
    static final String ROOM_B = "3f1e2d4c-5b6a-4789-9abc-def012345602";

    ScheduleStubs(WireMockServer services) {
        super(services);
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



    static String row(String html, String time) {
        return Html.inner(html, "<tr data-time=\"" + time + "\">", "</tr>");
    }

    static String cell(String row, String roomId) {
        return Html.inner(row, "<td data-room=\"" + roomId + "\">", "</td>");
    }
}
