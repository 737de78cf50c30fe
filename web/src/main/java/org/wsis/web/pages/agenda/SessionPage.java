package org.wsis.web.pages.agenda;

import org.wsis.web.pages.Pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.wsis.web.WebConfig;
import org.wsis.web.clients.ServiceProblem;
import org.wsis.web.clients.SessionsApi;
import org.wsis.web.clients.sessions.AttendanceRequest;
import org.wsis.web.clients.sessions.PrizeWinner;
import org.wsis.web.clients.sessions.Session;
import org.wsis.web.clients.sessions.Speaker;
import org.wsis.web.clients.sessions.Venue;
import org.wsis.web.i18n.Labels;
import org.wsis.web.i18n.Languages;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One session of the agenda, anyone may read it, with its calendar file; a signed-in participant reserves
 * a seat there (in person or remote, as the session offers) or gives it up.
 */
@Path("/agenda/sessions")
@Produces(MediaType.TEXT_HTML)
public class SessionPage {

    static final String SCHEDULED = "SCHEDULED";
    static final String IN_PERSON = "IN_PERSON";
    static final String REMOTE = "REMOTE";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance session(SessionView session, SeatForm seat);
    }

    public record Winner(String title, String organisation, String category) {
    }

    public record SessionView(String id, String title, String summary, String status, boolean scheduled,
                              String date, String startTime, String endTime, String startIso, String endIso,
                              String timeZone, String room, String mode, String format, List<String> actionLines,
                              List<Integer> sdgs, List<String> speakers, List<Winner> winners) {
    }

    /** The seat form: the modes the session offers, what happened last (notice) or what the service refused. */
    public record SeatForm(List<AgendaPage.Option> modes, String notice, ServiceProblem problem,
                           Map<String, String> errors) {
    }

    private final SessionsApi sessions;
    private final WebConfig config;
    private final Languages languages;
    private final Template error;

    public SessionPage(@RestClient SessionsApi sessions, WebConfig config, Languages languages,
                       @Location("error") Template error) {
        this.sessions = sessions;
        this.config = config;
        this.languages = languages;
        this.error = error;
    }

    @GET
    @Path("{id}")
    @PermitAll
    public Response session(@PathParam("id") String id, @QueryParam("seat") String seat,
                            @QueryParam("mode") String mode) {
        Optional<Session> session = find(id);
        if (session.isEmpty()) {
            return notFound();
        }
        return page(session.get(), notice(seat, mode), null, mode, 200);
    }

    /** The session as an iCalendar file with one event, for the visitor's own calendar. */
    @GET
    @Path("{id}.ics")
    @PermitAll
    @Produces({SessionCalendar.MEDIA_TYPE, MediaType.TEXT_HTML})
    public Response calendar(@PathParam("id") String id) {
        Optional<Session> session = find(id);
        if (session.isEmpty() || session.get().start() == null) {
            return notFound();
        }
        return Response.ok(SessionCalendar.of(session.get(), Instant.now()), SessionCalendar.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"session-" + session.get().id() + ".ics\"")
                .build();
    }

    /** A seat form's address opened again (a bookmark, the back button): the session page it belongs to. */
    @GET
    @Path("{id}/seat{leave: (/leave)?}")
    @PermitAll
    public Response seatPage(@PathParam("id") String id) {
        return Pages.uuid(id).map(sessionId -> Response.seeOther(URI.create("/agenda/sessions/" + sessionId)).build())
                .orElseGet(this::notFound);
    }

    @POST
    @Path("{id}/seat")
    @RolesAllowed("participant")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reserve(@PathParam("id") String id, @RestForm String mode) {
        Optional<String> sessionId = Pages.uuid(id);
        if (sessionId.isEmpty()) {
            return notFound();
        }
        AgendaMessages words = AgendaWords.in(languages.current());
        if (!IN_PERSON.equals(mode) && !REMOTE.equals(mode)) {
            return refused(sessionId.get(), new ServiceProblem(400, "Bad Request", words.seat_mode_missing(),
                    List.of(new ServiceProblem.Violation("mode", words.seat_mode_missing())), List.of(), null), mode);
        }
        try {
            sessions.attend(config.edition(), sessionId.get(), new AttendanceRequest(mode));
        } catch (ServiceProblem problem) {
            return refused(sessionId.get(), problem, mode);
        }
        return Response.seeOther(URI.create("/agenda/sessions/" + sessionId.get() + "?seat=reserved&mode=" + mode))
                .build();
    }

    @POST
    @Path("{id}/seat/leave")
    @RolesAllowed("participant")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response leave(@PathParam("id") String id) {
        Optional<String> sessionId = Pages.uuid(id);
        if (sessionId.isEmpty()) {
            return notFound();
        }
        try {
            sessions.leave(config.edition(), sessionId.get());
        } catch (ServiceProblem problem) {
            return refused(sessionId.get(), problem, null);
        }
        return Response.seeOther(URI.create("/agenda/sessions/" + sessionId.get() + "?seat=left")).build();
    }

    /** The session page again, with the service's refusal in words, and the status the service gave. */
    private Response refused(String sessionId, ServiceProblem problem, String mode) {
        if (problem.status() == 401) {
            throw problem; // the sign-in expired: the error pages send the visitor to sign in again
        }
        Optional<Session> session = find(sessionId);
        if (session.isEmpty()) {
            return notFound();
        }
        return page(session.get(), null, worded(problem), mode, problem.status());
    }

    /** What the service refused, worded for the visitor (its own words when it said something specific). */
    private ServiceProblem worded(ServiceProblem problem) {
        Locale locale = languages.current();
        AgendaMessages words = AgendaWords.in(locale);
        String text = switch (problem.status()) {
            case 403 -> words.seat_only_confirmed();
            case 404 -> words.seat_none();
            case 409 -> words.seat_conflict(Labels.problemIn(problem, locale));
            case 422 -> words.seat_mode_refused(Labels.problemIn(problem, locale));
            default -> null;
        };
        if (text == null || problem.isBusy()) {
            return problem;
        }
        return new ServiceProblem(problem.status(), problem.title(), text, problem.violations(), problem.conflicts(),
                problem.retryAfterSeconds().orElse(null));
    }

    private Response page(Session session, String notice, ServiceProblem problem, String mode, int status) {
        Locale locale = languages.current();
        Times times = Times.of(timeZone(), locale);
        SessionView view = new SessionView(session.id(), session.title(), session.summary(), session.status(),
                SCHEDULED.equals(session.status()) && session.start() != null,
                session.start() == null ? null : times.day(session.start()), times.time(session.start()),
                times.time(session.end()), times.iso(session.start()), times.iso(session.end()), times.zoneName(),
                session.room() == null ? null : session.room().name(), session.mode(), session.format(),
                orEmpty(session.actionLines()), orEmpty(session.sdgs()),
                orEmpty(session.speakers()).stream()
                        .filter(s -> !Boolean.TRUE.equals(s.withdrawn()) && s.displayName() != null)
                        .map(Speaker::displayName).toList(),
                orEmpty(session.prizeWinners()).stream().map(w -> winner(w, locale)).toList());
        SeatForm seat = new SeatForm(modes(session.mode(), mode, locale), notice, problem,
                problem == null ? Map.of() : problem.fieldMessages());
        return Response.status(status).entity(localized(Templates.session(view, seat))).type(MediaType.TEXT_HTML_TYPE).build();
    }

    /** IN_PERSON sessions offer a seat in the room, VIRTUAL ones a remote place, HYBRID ones both. */
    static List<AgendaPage.Option> modes(String sessionMode, String chosen, Locale locale) {
        List<String> offered = switch (sessionMode == null ? "" : sessionMode) {
            case IN_PERSON -> List.of(IN_PERSON);
            case "VIRTUAL" -> List.of(REMOTE);
            default -> List.of(IN_PERSON, REMOTE);
        };
        String selected = chosen != null && offered.contains(chosen) ? chosen : offered.get(0);
        return offered.stream().map(m -> new AgendaPage.Option(m, Labels.text("attendance." + m, locale, m),
                m.equals(selected))).toList();
    }

    private String notice(String seat, String mode) {
        AgendaMessages words = AgendaWords.in(languages.current());
        if ("reserved".equals(seat)) {
            return IN_PERSON.equals(mode) ? words.seat_reserved_in_person()
                    : REMOTE.equals(mode) ? words.seat_reserved_remote() : words.seat_reserved();
        }
        return "left".equals(seat) ? words.seat_left() : null;
    }

    private static Winner winner(PrizeWinner w, Locale locale) {
        return new Winner(w.title(), w.organisation(),
                w.category() == null ? w.categoryTitle() : Labels.text("actionLine." + w.category(), locale,
                        w.categoryTitle() != null ? w.categoryTitle() : w.category()));
    }

    /** The session, or empty when the id is not one or the service knows no such (public) session. */
    private Optional<Session> find(String id) {
        Optional<String> sessionId = Pages.uuid(id);
        if (sessionId.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(sessions.session(config.edition(), sessionId.get()));
        } catch (ServiceProblem problem) {
            if (problem.status() == 404 || problem.status() == 400) {
                return Optional.empty();
            }
            throw problem;
        }
    }

    /** The venue's time zone, which the agenda's times are in; UTC while the service cannot say. */
    private String timeZone() {
        try {
            Venue venue = sessions.venue(config.edition());
            return venue == null ? null : venue.timeZone();
        } catch (ServiceProblem | ProcessingException unavailable) {
            return null;
        }
    }

    private Response notFound() {
        return Response.status(404).type(MediaType.TEXT_HTML_TYPE)
                .entity(localized(error.data("message", AgendaWords.in(languages.current()).session_not_found()))).build();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /**
     * The page in the visitor's language (the lang cookie, else Accept-Language): message bundles and
     * {@code label:of} read the instance's locale attribute, which nothing else sets for every page.
     */
    private TemplateInstance localized(TemplateInstance page) {
        return Pages.localized(page, languages);
    }
}
