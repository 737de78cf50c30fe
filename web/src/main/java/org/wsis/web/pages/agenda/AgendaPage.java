package org.wsis.web.pages.agenda;

import org.wsis.web.pages.Pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.wsis.web.WebConfig;
import org.wsis.web.clients.ServiceProblem;
import org.wsis.web.clients.SessionsApi;
import org.wsis.web.clients.sessions.Agenda;
import org.wsis.web.clients.sessions.AgendaDay;
import org.wsis.web.clients.sessions.AgendaSession;
import org.wsis.web.clients.sessions.Room;
import org.wsis.web.i18n.Labels;
import org.wsis.web.i18n.Languages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The published agenda, anyone may read it: day by day in the agenda's time zone, filtered by format, room
 * and Action Line (the service filters), and the same as a calendar file.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AgendaPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance agenda(AgendaView view);

        static native TemplateInstance notPublished();
    }

    /** A choice of a select: its value, its words, whether the visitor chose it. */
    public record Option(String value, String label, boolean selected) {
    }

    public record DayTab(String date, String label, String href, boolean current) {
    }

    public record SessionRow(String id, String title, String startTime, String endTime, String startIso,
                             String endIso, String format, String mode, String room, String speakers,
                             List<String> actionLines) {
    }

    public record DayView(String date, String heading, List<SessionRow> sessions) {
    }

    public record AgendaView(Integer version, String publishedAt, String timeZone, List<DayTab> days, DayView day,
                             String dayParam, List<Option> formats, List<Option> rooms, List<Option> actionLines,
                             boolean filtered, String calendarHref) {
    }

    /** The visitor's filters, checked: only codes and ids the service knows, else a 400 page. */
    record Filters(String format, String roomId, String actionLine) {

        static Optional<Filters> of(String format, String roomId, String actionLine) {
            String f = Codes.blankToNull(format);
            String r = Codes.blankToNull(roomId);
            String a = Codes.blankToNull(actionLine);
            if (f != null && !Codes.FORMATS.contains(f) || a != null && !Codes.ACTION_LINES.contains(a)) {
                return Optional.empty();
            }
            if (r != null) {
                Optional<String> room = Pages.uuid(r);
                if (room.isEmpty()) {
                    return Optional.empty();
                }
                r = room.get();
            }
            return Optional.of(new Filters(f, r, a));
        }

        boolean any() {
            return format != null || roomId != null || actionLine != null;
        }

        /** The query string of these filters (and a day), empty when there are none. */
        String query(String day) {
            Map<String, String> params = new LinkedHashMap<>();
            if (day != null) {
                params.put("day", day);
            }
            if (format != null) {
                params.put("format", format);
            }
            if (roomId != null) {
                params.put("roomId", roomId);
            }
            if (actionLine != null) {
                params.put("actionLine", actionLine);
            }
            return params.isEmpty() ? "" : "?" + params.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }
    }

    private final SessionsApi sessions;
    private final WebConfig config;
    private final Languages languages;
    private final Template error;

    public AgendaPage(@RestClient SessionsApi sessions, WebConfig config, Languages languages,
                      @Location("error") Template error) {
        this.sessions = sessions;
        this.config = config;
        this.languages = languages;
        this.error = error;
    }

    @GET
    @Path("agenda")
    @PermitAll
    public Response agenda(@QueryParam("day") String day, @QueryParam("format") String format,
                           @QueryParam("roomId") String roomId, @QueryParam("actionLine") String actionLine) {
        Locale locale = languages.current();
        AgendaMessages words = AgendaWords.in(locale);
        Optional<Filters> checked = Filters.of(format, roomId, actionLine);
        if (checked.isEmpty() || !isDayOrBlank(day)) {
            return Response.status(400).entity(localized(error.data("message", words.filter_invalid()))).build();
        }
        Filters filters = checked.get();
        Optional<LocalDate> chosenDay = Optional.ofNullable(Codes.blankToNull(day)).map(LocalDate::parse);
        Agenda agenda;
        try {
            agenda = sessions.agenda(config.edition(), filters.actionLine(), null, filters.format(), filters.roomId());
        } catch (ServiceProblem problem) {
            if (problem.status() == 404) {
                return Response.ok(localized(Templates.notPublished())).build();
            }
            throw problem;
        }
        Times times = Times.of(agenda.timeZone(), locale);
        List<AgendaDay> days = agenda.days() == null ? List.of() : agenda.days();
        LocalDate selected = chosenDay.orElse(days.isEmpty() ? null : days.get(0).date());
        List<DayTab> tabs = days.stream().map(d -> new DayTab(d.date().toString(), times.shortDay(d.date()),
                "/agenda" + filters.query(d.date().toString()), d.date().equals(selected))).toList();
        DayView dayView = null;
        if (selected != null) {
            List<AgendaSession> chosen = days.stream().filter(d -> selected.equals(d.date())).findFirst()
                    .map(AgendaDay::sessions).orElse(List.of());
            dayView = new DayView(selected.toString(), times.day(selected),
                    chosen == null ? List.of() : chosen.stream().map(s -> row(s, times)).toList());
        }
        AgendaView view = new AgendaView(agenda.version(), times.moment(agenda.publishedAt()), times.zoneName(), tabs,
                dayView, chosenDay.map(LocalDate::toString).orElse(null),
                options("format", Codes.FORMATS, filters.format(), locale), roomOptions(filters.roomId()),
                options("actionLine", Codes.ACTION_LINES, filters.actionLine(), locale), filters.any(),
                "/agenda.ics" + filters.query(null));
        return Response.ok(localized(Templates.agenda(view))).build();
    }

    /** The whole published agenda (with the same filters) as the service's iCalendar file. */
    @GET
    @Path("agenda.ics")
    @PermitAll
    @Produces({SessionCalendar.MEDIA_TYPE, MediaType.TEXT_HTML})
    public Response calendar(@QueryParam("format") String format, @QueryParam("roomId") String roomId,
                             @QueryParam("actionLine") String actionLine) {
        Optional<Filters> checked = Filters.of(format, roomId, actionLine);
        if (checked.isEmpty()) {
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE)
                    .entity(localized(error.data("message", AgendaWords.in(languages.current()).filter_invalid()))).build();
        }
        Filters filters = checked.get();
        String ics = sessions.agendaCalendar(config.edition(), filters.actionLine(), null, filters.format(),
                filters.roomId());
        return Response.ok(ics, SessionCalendar.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"wsis-forum-" + config.edition() + ".ics\"")
                .build();
    }

    /** A day that is not a date is a 400 page rather than a guess. */
    private static boolean isDayOrBlank(String day) {
        String text = Codes.blankToNull(day);
        try {
            return text == null || LocalDate.parse(text) != null;
        } catch (DateTimeParseException malformed) {
            return false;
        }
    }

    private static SessionRow row(AgendaSession s, Times times) {
        return new SessionRow(s.sessionId(), s.title(), times.time(s.start()), times.time(s.end()), times.iso(s.start()),
                times.iso(s.end()), s.format(), s.mode(), s.room() == null ? null : s.room().name(),
                s.speakers() == null ? "" : s.speakers().stream().filter(Objects::nonNull)
                        .collect(Collectors.joining(", ")),
                s.actionLines() == null ? List.of() : s.actionLines());
    }

    private static List<Option> options(String kind, List<String> codes, String chosen, Locale locale) {
        return codes.stream().map(code -> new Option(code, Labels.text(kind + "." + code, locale, code),
                code.equals(chosen))).toList();
    }

    /** The rooms to filter by; without them (the service busy) the page still shows the agenda. */
    private List<Option> roomOptions(String chosen) {
        List<Room> rooms;
        try {
            rooms = sessions.rooms(config.edition());
        } catch (ServiceProblem | ProcessingException unavailable) {
            rooms = List.of();
        }
        List<Option> options = new ArrayList<>();
        for (Room room : rooms == null ? List.<Room>of() : rooms) {
            options.add(new Option(room.id(), room.name(), room.id().equals(chosen)));
        }
        return options;
    }

    /**
     * The page in the visitor's language (the lang cookie, else Accept-Language): message bundles and
     * {@code label:of} read the instance's locale attribute, which nothing else sets for every page.
     */
    private TemplateInstance localized(TemplateInstance page) {
        return Pages.localized(page, languages);
    }
}
