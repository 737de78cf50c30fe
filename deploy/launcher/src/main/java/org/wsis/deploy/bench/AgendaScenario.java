package org.wsis.deploy.bench;

import io.vertx.core.http.HttpHeaders;
import org.wsis.deploy.Service;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 300 published sessions, then reads by {@code concurrency} closed-model clients: the agenda as JSON,
 * the same with {@code If-None-Match} (304s) when the first answer carried an ETag, and as iCalendar.
 */
final class AgendaScenario {

    static final int SESSIONS = 300;

    private final BenchContext bench;

    AgendaScenario(BenchContext bench) {
        this.bench = bench;
    }

    void run() throws Exception {
        publishSessions();
        int port = bench.port(Service.SESSIONS);
        PreparedRequest json = PreparedRequest.get(port, bench.uri("/agenda"), "application/json");
        PreparedRequest ics = PreparedRequest.get(port, bench.uri("/agenda.ics"), "text/calendar");
        Duration phase = Duration.ofSeconds(Math.max(3, bench.options.seconds() / 2));
        int clients = bench.options.concurrency();
        bench.load.closed(clients, Duration.ofSeconds(3), json, Tally.SUCCESSFUL); // warms the read path, not reported

        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("sessions", SESSIONS);
        scenario.put("clients", clients);
        Answer first = bench.load.call(json);
        scenario.put("firstAnswer", Map.of("status", first.status(), "bodyLength", first.body().length(),
                "etag", first.etag() == null ? "no ETag" : first.etag()));
        Tally agenda = bench.load.closed(clients, phase, json, Tally.SUCCESSFUL);
        scenario.put("agendaJson", agenda.describe());
        bench.summary.measure(BenchTarget.AGENDA_RATE, Math.round(agenda.achievedPerSecond()));
        bench.summary.measure(BenchTarget.AGENDA_P99, agenda.acceptedCount() == 0 ? null
                : agenda.acceptedLatency().p99());
        if (first.etag() != null) {
            Tally notModified = bench.load.closed(clients, phase, json.withHeader(HttpHeaders.IF_NONE_MATCH,
                    first.etag()), status -> status == 304);
            scenario.put("agendaJsonIfNoneMatch", notModified.describe());
            bench.summary.measure(BenchTarget.AGENDA_NOT_MODIFIED_RATE, Math.round(notModified.achievedPerSecond()));
            bench.summary.measure(BenchTarget.AGENDA_NOT_MODIFIED_P99, notModified.acceptedCount() == 0 ? null
                    : notModified.acceptedLatency().p99());
        } else {
            scenario.put("agendaJsonIfNoneMatch", "no ETag");
        }
        scenario.put("agendaIcs", bench.load.closed(clients, phase, ics, Tally.SUCCESSFUL).describe());
        bench.summary.put("agenda", scenario);
        bench.summary.condition("agenda", SESSIONS + " sessions, " + clients + " clients", SESSIONS + " sessions",
                true);
        Summary.printSection(bench.out, "agenda reads", scenario);
    }

    private void publishSessions() throws Exception {
        int edition = bench.edition;
        bench.call("PUT", Service.SESSIONS, "/venue", bench.organiser, Map.of("startDate", edition + "-07-06",
                "endDate", edition + "-07-10", "timeZone", "Europe/Zurich", "dailyStart", "09:00", "dailyEnd", "18:00"));
        LocalDate first = LocalDate.of(edition, 7, 6);
        for (int i = 0; i < SESSIONS; i++) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", "Bench session " + i);
            body.put("summary", "A virtual session of the benchmark.");
            body.put("format", "THEMATIC_WORKSHOP");
            body.put("actionLines", List.of(Ballot.CATEGORIES.get(i % Ballot.CATEGORIES.size())));
            body.put("sdgs", List.of(1 + i % 17));
            body.put("mode", "VIRTUAL");
            body.put("durationMinutes", 60);
            body.put("speakerParticipantIds", List.of());
            body.put("expectedAudience", 100);
            String id = bench.call("POST", Service.SESSIONS, "/sessions", bench.organiser, body).path("id").asText();
            LocalDate day = first.plusDays(i % 5);
            int hour = 9 + (i / 5) % 9;
            bench.call("PUT", Service.SESSIONS, "/sessions/" + id + "/slot", bench.organiser, Map.of(
                    "start", String.format("%sT%02d:00:00+02:00", day, hour),
                    "end", String.format("%sT%02d:00:00+02:00", day, hour + 1)));
        }
        bench.call("POST", Service.SESSIONS, "/agenda/releases", bench.organiser, null);
    }
}
