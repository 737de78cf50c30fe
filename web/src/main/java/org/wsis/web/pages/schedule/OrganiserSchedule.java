package org.wsis.web.pages.schedule;

import org.wsis.web.pages.Pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.wsis.web.WebConfig;
import org.wsis.web.clients.ServiceProblem;
import org.wsis.web.clients.SessionsApi;
import org.wsis.web.clients.sessions.Room;
import org.wsis.web.clients.sessions.Session;
import org.wsis.web.clients.sessions.SlotRequest;
import org.wsis.web.clients.sessions.Venue;
import org.wsis.web.i18n.Languages;
import org.wsis.web.pages.schedule.ScheduleView.Cell;
import org.wsis.web.pages.schedule.ScheduleView.ConflictView;
import org.wsis.web.pages.schedule.ScheduleView.DayLink;
import org.wsis.web.pages.schedule.ScheduleView.PlaceForm;
import org.wsis.web.pages.schedule.ScheduleView.Placed;
import org.wsis.web.pages.schedule.ScheduleView.RoomColumn;
import org.wsis.web.pages.schedule.ScheduleView.Row;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The organisers' timetable: a forum day as a grid of rooms and half hours, the sessions waiting for a
 * slot, and a form to place each one (sessions-service checks the rules and the double bookings).
 */
@Path("/organiser/schedule")
@RolesAllowed("organiser")
@Produces(MediaType.TEXT_HTML)
public class OrganiserSchedule {

    static final int SLOT_MINUTES = 30;
    /** A venue is a week or two; a bound in case it says otherwise. */
    private static final int MAX_DAYS = 62;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance schedule(ScheduleView view);
    }

    private final SessionsApi sessions;
    private final WebConfig config;
    private final Languages languages;

    public OrganiserSchedule(@RestClient SessionsApi sessions, WebConfig config, Languages languages) {
        this.sessions = sessions;
        this.config = config;
        this.languages = languages;
    }

    @GET
    public Response schedule(@QueryParam("day") String day, @QueryParam("placed") String placed,
                             @QueryParam("unscheduled") String unscheduled) {
        Venue venue = venueOrNull();
        if (venue == null) {
            return page(200, noVenue());
        }
        Times times = times(venue);
        List<LocalDate> days = days(venue);
        LocalDate chosen;
        if (day == null || day.isBlank()) {
            LocalDate today = LocalDate.now(times.zone());
            chosen = days.contains(today) ? today : days.isEmpty() ? null : days.get(0);
        } else {
            chosen = parseDate(day);
            if (chosen == null || !days.contains(chosen)) {
                Sched sched = sched();
                String why = chosen == null ? sched.day_malformed() : sched.day_not_forum(times.day(chosen));
                return page(chosen == null ? 400 : 404, new Build(venue, times, days, null).dayProblem(why));
            }
        }
        Build build = new Build(venue, times, days, chosen);
        build.load();
        if (placed != null) {
            build.findTitle(placed).ifPresent(title -> build.notice = sched().placed_notice(title));
        }
        if (unscheduled != null) {
            build.findTitle(unscheduled).ifPresent(title -> build.notice = sched().unscheduled_notice(title));
        }
        return page(200, build.view());
    }

    /**
     * Places a session: the day and start the organiser chose, in the venue's time zone, and the end the
     * session's duration gives; sessions-service answers 409 naming the sessions in the way, 422 for a rule.
     */
    @POST
    @Path("sessions/{id}/slot")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response place(@PathParam("id") String id, @RestForm String roomId, @RestForm String day,
                          @RestForm String start) {
        Venue venue = venueOrNull();
        if (venue == null) {
            return page(409, noVenue());
        }
        Times times = times(venue);
        List<LocalDate> days = days(venue);
        Sched sched = sched();
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate date = parseDate(day);
        if (date == null || !days.contains(date)) {
            errors.put("day", sched.day_choose());
        }
        LocalTime time = parseTime(start);
        if (time == null) {
            errors.put("start", sched.start_malformed());
        }
        Session session = sessions.session(config.edition(), id);
        String room = roomId == null || roomId.isBlank() ? null : roomId.trim();
        Submitted submitted = new Submitted(id, room, day, start);
        LocalDate shown = errors.containsKey("day") ? null : date;
        if (!errors.isEmpty()) {
            Build build = new Build(venue, times, days, shown != null ? shown : days.isEmpty() ? null : days.get(0));
            build.load();
            build.failed(submitted, errors, null, List.of());
            return page(400, build.view());
        }
        int minutes = durationOf(session);
        ZonedDateTime from = ZonedDateTime.of(date, time, times.zone());
        ZonedDateTime to = from.plusMinutes(minutes);
        try {
            sessions.schedule(config.edition(), id, new SlotRequest(room, from.toOffsetDateTime(), to.toOffsetDateTime()));
        } catch (ServiceProblem problem) {
            if (problem.status() == 401) {
                throw problem;
            }
            Build build = new Build(venue, times, days, date);
            build.load();
            build.failed(submitted, problem.fieldMessages(), problem, conflicts(problem, times));
            return page(statusOf(problem), build.view());
        }
        return Response.seeOther(URI.create("/organiser/schedule?day=" + date + "&placed=" + encode(id))).build();
    }

    /** Takes a session off the timetable (back to the list of sessions waiting for a slot). */
    @POST
    @Path("sessions/{id}/unschedule")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unschedule(@PathParam("id") String id, @RestForm String day) {
        LocalDate date = parseDate(day);
        try {
            sessions.unschedule(config.edition(), id);
        } catch (ServiceProblem problem) {
            if (problem.status() == 401) {
                throw problem;
            }
            Venue venue = venueOrNull();
            if (venue == null) {
                return page(409, noVenue());
            }
            Times times = times(venue);
            List<LocalDate> days = days(venue);
            LocalDate shown = date != null && days.contains(date) ? date : days.isEmpty() ? null : days.get(0);
            Build build = new Build(venue, times, days, shown);
            build.load();
            build.problem = problem;
            return page(statusOf(problem), build.view());
        }
        return Response.seeOther(URI.create("/organiser/schedule?" + (date == null ? "" : "day=" + date + "&")
                + "unscheduled=" + encode(id))).build();
    }

    /** Each session in the way, in words: its title and when it is (its id when it cannot be read). */
    private List<ConflictView> conflicts(ServiceProblem problem, Times times) {
        List<ConflictView> conflicts = new ArrayList<>();
        for (ServiceProblem.Conflict conflict : problem.conflicts()) {
            Session other = null;
            try {
                other = conflict.sessionId().isBlank() ? null : sessions.session(config.edition(), conflict.sessionId());
            } catch (ServiceProblem | jakarta.ws.rs.ProcessingException unreadable) {
                // the id stands in for it
            }
            conflicts.add(other == null
                    ? new ConflictView(conflict.kind(), conflict.sessionId(), null, null, null)
                    : new ConflictView(conflict.kind(), conflict.sessionId(), other.title(),
                    times.span(other.start(), other.end()), other.room() == null ? null : other.room().name()));
        }
        return conflicts;
    }

    private Response page(int status, ScheduleView view) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(localised(Templates.schedule(view))).build();
    }

    private static int statusOf(ServiceProblem problem) {
        return problem.status() >= 500 && problem.status() != 503 ? 502 : problem.status();
    }

    private Venue venueOrNull() {
        try {
            return sessions.venue(config.edition());
        } catch (ServiceProblem problem) {
            if (problem.status() == 404) {
                return null;
            }
            throw problem;
        }
    }

    private ScheduleView noVenue() {
        return new ScheduleView(false, List.of(), null, null, null, null, List.of(), List.of(), List.of(),
                List.of(), List.of(), null, null, List.of(), null);
    }

    private Times times(Venue venue) {
        return new Times(Times.zoneOf(venue.timeZone()), languages.current());
    }

    private Sched sched() {
        return MessageBundles.get(Sched.class, Localized.Literal.of(languages.current().toLanguageTag()));
    }

    static List<LocalDate> days(Venue venue) {
        List<LocalDate> days = new ArrayList<>();
        if (venue.startDate() == null || venue.endDate() == null) {
            return days;
        }
        for (LocalDate d = venue.startDate(); !d.isAfter(venue.endDate()) && days.size() < MAX_DAYS; d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }

    /** "HH:mm" as browsers send an {@code <input type="time">} (or "HH:mm:ss" with a step below a minute). */
    static LocalTime parseTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.trim());
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }

    private static LocalTime timeOr(String text, LocalTime fallback) {
        LocalTime time = parseTime(text);
        return time != null ? time : fallback;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record Submitted(String id, String roomId, String day, String start) {
    }

    /** Gathers one rendering of the page: the day's grid and the forms, then what happened. */
    private final class Build {

        private final Venue venue;
        private final Times times;
        private final List<LocalDate> days;
        private final LocalDate day;
        private List<Room> rooms = List.of();
        private List<Session> scheduled = List.of();
        private List<Session> waiting = List.of();
        private String dayProblem;
        String notice;
        ServiceProblem problem;
        private List<ConflictView> conflicts = List.of();
        private Submitted submitted;
        private Map<String, String> errors = Map.of();

        Build(Venue venue, Times times, List<LocalDate> days, LocalDate day) {
            this.venue = venue;
            this.times = times;
            this.days = days;
            this.day = day;
        }

        ScheduleView dayProblem(String why) {
            dayProblem = why;
            return view();
        }

        void load() {
            int edition = config.edition();
            List<Room> listed = sessions.rooms(edition);
            rooms = listed == null ? List.of() : listed;
            if (day != null) {
                scheduled = SessionLists.all(sessions, edition, day.toString(), "SCHEDULED");
            }
            waiting = SessionLists.all(sessions, edition, null, "UNSCHEDULED");
        }

        void failed(Submitted submitted, Map<String, String> errors, ServiceProblem problem,
                    List<ConflictView> conflicts) {
            this.submitted = submitted;
            this.errors = errors;
            this.problem = problem;
            this.conflicts = conflicts;
        }

        java.util.Optional<String> findTitle(String id) {
            return java.util.stream.Stream.concat(scheduled.stream(), waiting.stream())
                    .filter(s -> id.equals(s.id())).map(Session::title).filter(Objects::nonNull).findFirst();
        }

        ScheduleView view() {
            Sched sched = sched();
            List<DayLink> links = days.stream()
                    .map(d -> new DayLink(d.toString(), times.day(d), d.equals(day))).toList();
            LocalTime opens = timeOr(venue.dailyStart(), LocalTime.MIDNIGHT);
            LocalTime closes = timeOr(venue.dailyEnd(), LocalTime.of(23, 59));
            String hours = sched.hours(times.time(opens), times.time(closes), times.zone().getId());
            List<RoomColumn> columns = rooms.stream()
                    .map(r -> new RoomColumn(r.id(), r.name(), r.capacity() == null ? 0 : r.capacity(), Boolean.TRUE.equals(r.hybrid()))).toList();

            List<Row> rows = new ArrayList<>();
            List<Placed> virtual = new ArrayList<>();
            List<Placed> elsewhere = new ArrayList<>();
            if (day != null && dayProblem == null) {
                int first = opens.toSecondOfDay() / 60;
                int last = closes.toSecondOfDay() / 60;
                List<List<List<Placed>>> grid = new ArrayList<>();
                List<LocalTime> starts = new ArrayList<>();
                for (int m = first; m < last; m += SLOT_MINUTES) {
                    starts.add(LocalTime.ofSecondOfDay(m * 60L));
                    List<List<Placed>> cells = new ArrayList<>();
                    columns.forEach(c -> cells.add(new ArrayList<>()));
                    grid.add(cells);
                }
                scheduled.stream().sorted(Comparator.comparing(Session::start, Comparator.nullsLast(Comparator.naturalOrder())))
                        .forEach(s -> {
                            Placed placed = placed(s);
                            if (s.room() == null) {
                                virtual.add(placed);
                                return;
                            }
                            int column = indexOfRoom(columns, s.room().id());
                            if (s.start() == null || column < 0 || !times.dayOf(s.start()).equals(day)) {
                                elsewhere.add(placed);
                                return;
                            }
                            int minute = times.timeOf(s.start()).toSecondOfDay() / 60;
                            int row = minute < first ? -1 : (minute - first) / SLOT_MINUTES;
                            if (row < 0 || row >= grid.size()) {
                                elsewhere.add(placed);
                                return;
                            }
                            grid.get(row).get(column).add(placed);
                        });
                for (int r = 0; r < grid.size(); r++) {
                    List<Cell> cells = new ArrayList<>();
                    for (int c = 0; c < columns.size(); c++) {
                        cells.add(new Cell(columns.get(c).id(), grid.get(r).get(c)));
                    }
                    LocalTime at = starts.get(r);
                    rows.add(new Row(String.format("%02d:%02d", at.getHour(), at.getMinute()), times.time(at), cells));
                }
            }
            String formDay = day != null ? day.toString() : days.isEmpty() ? null : days.get(0).toString();
            List<PlaceForm> forms = waiting.stream().map(s -> form(s, formDay)).toList();
            return new ScheduleView(true, links, dayProblem == null && day != null ? day.toString() : null,
                    day == null ? null : times.day(day), dayProblem, hours, columns, rows, virtual, elsewhere,
                    forms, notice, problem, conflicts, submitted == null ? null : submitted.id());
        }

        private Placed placed(Session s) {
            return new Placed(s.id(), s.title(), s.format(), s.mode(), times.time(s.start()), times.time(s.end()),
                    s.room() == null ? null : s.room().name());
        }

        private PlaceForm form(Session s, String formDay) {
            boolean virtual = "VIRTUAL".equals(s.mode());
            if (submitted != null && submitted.id().equals(s.id())) {
                return new PlaceForm(s.id(), s.title(), s.format(), s.mode(), durationOf(s),
                        s.expectedAudience(), virtual, Boolean.TRUE.equals(s.speakerWithdrawn()), submitted.roomId(),
                        submitted.day(), submitted.start(), errors);
            }
            String opens = venue.dailyStart() == null ? null : venue.dailyStart().length() >= 5
                    ? venue.dailyStart().substring(0, 5) : venue.dailyStart();
            return new PlaceForm(s.id(), s.title(), s.format(), s.mode(), durationOf(s), s.expectedAudience(),
                    virtual, Boolean.TRUE.equals(s.speakerWithdrawn()), null, formDay, opens, Map.of());
        }
    }

    /** The session's length; an hour if the service ever left it out. */
    static int durationOf(Session session) {
        return session.durationMinutes() == null || session.durationMinutes() <= 0 ? 60 : session.durationMinutes();
    }

    private static int indexOfRoom(List<RoomColumn> columns, String roomId) {
        for (int i = 0; i < columns.size(); i++) {
            if (Objects.equals(columns.get(i).id(), roomId)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The page in the visitor's language: set on the instance itself, since the language the visitor chose
     * (the {@code lang} cookie) must win over the browser's Accept-Language the variant selection reads.
     */
    private TemplateInstance localised(TemplateInstance page) {
        return Pages.localized(page, languages);
    }
}
