package org.wsis.sessions.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.wsis.sessions.service.AgendaEntry;
import org.wsis.sessions.service.AgendaFilter;
import org.wsis.sessions.service.AgendaJson;
import org.wsis.sessions.service.AgendaService;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The published agenda as JSON, grouped by local day. */
@ApplicationScoped
public class AgendaViews implements AgendaJson {

    @Override
    public AgendaResponse json(AgendaService.PublishedAgenda agenda, AgendaFilter filter) {
        ZoneId zone = ZoneId.of(agenda.timeZone());
        Map<LocalDate, List<AgendaEntry>> byDay = agenda.entries().stream()
                .filter(e -> filter.matches(e, zone))
                .sorted(Comparator.comparing(AgendaEntry::start).thenComparing(e -> String.valueOf(e.roomName()))
                        .thenComparing(AgendaEntry::sessionId))
                .collect(Collectors.groupingBy(e -> e.start().atZone(zone).toLocalDate(), TreeMap::new,
                        Collectors.toList()));
        List<AgendaResponse.Day> days = byDay.entrySet().stream()
                .map(day -> new AgendaResponse.Day(day.getKey(),
                        day.getValue().stream().map(e -> item(agenda, e)).toList()))
                .toList();
        return new AgendaResponse(agenda.edition(), agenda.version(), agenda.publishedAt(), agenda.timeZone(), days);
    }

    private static AgendaResponse.Item item(AgendaService.PublishedAgenda agenda, AgendaEntry e) {
        return new AgendaResponse.Item(e.sessionId(), e.title(), e.summary(), e.format(), e.mode(), e.start(), e.end(),
                e.roomId() == null ? null : new AgendaResponse.Place(e.roomId(), e.roomName()),
                agenda.speakers(e), e.actionLines(), e.sdgs(), PrizeWinnerResponse.of(e.prizeWinners()));
    }
}
