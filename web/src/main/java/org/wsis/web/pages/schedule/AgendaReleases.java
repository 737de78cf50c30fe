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
import org.wsis.web.clients.sessions.AgendaChanges;
import org.wsis.web.clients.sessions.AgendaDay;
import org.wsis.web.clients.sessions.AgendaRelease;
import org.wsis.web.clients.sessions.AgendaSession;
import org.wsis.web.clients.sessions.Session;
import org.wsis.web.clients.sessions.Venue;
import org.wsis.web.i18n.Languages;
import org.wsis.web.pages.schedule.ReleaseView.Change;
import org.wsis.web.pages.schedule.ReleaseView.Notice;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Publishing the agenda: the changes the next release would make are listed first (the latest published
 * agenda against the sessions scheduled now), then one button publishes; sessions-service decides.
 */
@Path("/organiser/releases")
@RolesAllowed("organiser")
@Produces(MediaType.TEXT_HTML)
public class AgendaReleases {

    /** Up to this many changed sessions, the redirect after publishing carries their ids to name them. */
    static final int NAMED_CHANGES = 20;
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance releases(ReleaseView view);
    }

    private final SessionsApi sessions;
    private final WebConfig config;
    private final Languages languages;

    public AgendaReleases(@RestClient SessionsApi sessions, WebConfig config, Languages languages) {
        this.sessions = sessions;
        this.config = config;
        this.languages = languages;
    }

    @GET
    public Response releases(@QueryParam("published") String published, @QueryParam("count") String count,
                             @QueryParam("added") String added, @QueryParam("removed") String removed,
                             @QueryParam("moved") String moved, @QueryParam("a") List<String> addedIds,
                             @QueryParam("r") List<String> removedIds, @QueryParam("m") List<String> movedIds) {
        Preview preview = preview();
        Notice notice = null;
        Integer version = number(published);
        if (version != null) {
            Map<String, String> titles = new LinkedHashMap<>();
            preview.scheduled.forEach(s -> titles.put(s.id(), s.title()));
            notice = new Notice(version, orZero(number(count)), orZero(number(added)), orZero(number(removed)),
                    orZero(number(moved)), titles(addedIds, titles), titles(removedIds, titles),
                    titles(movedIds, titles));
        }
        return page(200, preview.view(notice, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish() {
        AgendaRelease release;
        try {
            release = sessions.publishRelease(config.edition());
        } catch (ServiceProblem problem) {
            if (problem.status() == 401) {
                throw problem;
            }
            int status = problem.status() >= 500 && problem.status() != 503 ? 502 : problem.status();
            return page(status, preview().view(null, problem));
        }
        AgendaChanges changes = release.changes();
        List<String> added = ids(changes == null ? null : changes.added());
        List<String> removed = ids(changes == null ? null : changes.removed());
        List<String> moved = ids(changes == null ? null : changes.moved());
        StringBuilder to = new StringBuilder("/organiser/releases?published=").append(orZero(release.version()))
                .append("&count=").append(orZero(release.sessionCount()))
                .append("&added=").append(added.size())
                .append("&removed=").append(removed.size())
                .append("&moved=").append(moved.size());
        if (added.size() + removed.size() + moved.size() <= NAMED_CHANGES) {
            added.forEach(id -> to.append("&a=").append(id));
            removed.forEach(id -> to.append("&r=").append(id));
            moved.forEach(id -> to.append("&m=").append(id));
        }
        return Response.seeOther(URI.create(to.toString())).build();
    }

    /** The published agenda and the sessions scheduled now, read once for this page. */
    private Preview preview() {
        int edition = config.edition();
        Agenda agenda;
        try {
            agenda = sessions.agenda(edition, null, null, null, null);
        } catch (ServiceProblem problem) {
            if (problem.status() != 404) {
                throw problem;
            }
            agenda = null; // nothing published yet: everything scheduled is added
        }
        List<Session> scheduled = SessionLists.all(sessions, edition, null, "SCHEDULED");
        String zone = null;
        try {
            Venue venue = sessions.venue(edition);
            zone = venue.timeZone();
        } catch (ServiceProblem problem) {
            if (problem.status() != 404) {
                throw problem;
            }
        }
        if (zone == null && agenda != null) {
            zone = agenda.timeZone();
        }
        return new Preview(agenda, scheduled, new Times(Times.zoneOf(zone), languages.current()));
    }

    private final class Preview {

        final Agenda agenda;
        final List<Session> scheduled;
        final Times times;

        Preview(Agenda agenda, List<Session> scheduled, Times times) {
            this.agenda = agenda;
            this.scheduled = scheduled;
            this.times = times;
        }

        ReleaseView view(Notice notice, ServiceProblem problem) {
            Sched sched = MessageBundles.get(Sched.class, Localized.Literal.of(languages.current().toLanguageTag()));
            Map<String, AgendaSession> published = new LinkedHashMap<>();
            if (agenda != null && agenda.days() != null) {
                for (AgendaDay day : agenda.days()) {
                    if (day.sessions() != null) {
                        day.sessions().forEach(s -> published.putIfAbsent(s.sessionId(), s));
                    }
                }
            }
            Map<String, Session> now = new LinkedHashMap<>();
            scheduled.forEach(s -> now.putIfAbsent(s.id(), s));

            Function<String, String> virtualOr = name -> name != null ? name : sched.no_room();
            List<Change> added = new ArrayList<>();
            List<Change> moved = new ArrayList<>();
            List<Change> removed = new ArrayList<>();
            now.values().stream().sorted(byStart(Session::start)).forEach(s -> {
                AgendaSession before = published.get(s.id());
                String newRoomId = s.room() == null ? null : s.room().id();
                String newRoom = virtualOr.apply(s.room() == null ? null : s.room().name());
                if (before == null) {
                    added.add(new Change(s.id(), s.title(), null, null, times.span(s.start(), s.end()), newRoom));
                } else if (!Objects.equals(before.start(), s.start()) || !Objects.equals(before.end(), s.end())
                        || !Objects.equals(before.room() == null ? null : before.room().id(), newRoomId)) {
                    moved.add(new Change(s.id(), s.title(), times.span(before.start(), before.end()),
                            virtualOr.apply(before.room() == null ? null : before.room().name()),
                            times.span(s.start(), s.end()), newRoom));
                }
            });
            published.values().stream().filter(s -> !now.containsKey(s.sessionId()))
                    .sorted(byStart(AgendaSession::start))
                    .forEach(s -> removed.add(new Change(s.sessionId(), s.title(), times.span(s.start(), s.end()),
                            virtualOr.apply(s.room() == null ? null : s.room().name()), null, null)));
            String publishedAt = agenda == null || agenda.publishedAt() == null ? ""
                    : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                    .withLocale(languages.current()).withZone(times.zone()).format(agenda.publishedAt());
            return new ReleaseView(agenda == null ? null : agenda.version(), publishedAt, now.size(), added,
                    removed, moved, notice, problem);
        }
    }

    private static <T> Comparator<T> byStart(Function<T, Instant> start) {
        return Comparator.comparing(start, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    /** The titles of the sessions a release named: the ones scheduled now, else read one by one, else the id. */
    private List<String> titles(List<String> ids, Map<String, String> scheduled) {
        List<String> titles = new ArrayList<>();
        if (ids == null) {
            return titles;
        }
        for (String id : ids.stream().filter(id -> id != null && UUID.matcher(id).matches()).distinct()
                .limit(NAMED_CHANGES).toList()) {
            String title = scheduled.get(id);
            if (title == null) {
                try {
                    title = sessions.session(config.edition(), id).title();
                } catch (ServiceProblem | ProcessingException unreadable) {
                    title = null;
                }
            }
            titles.add(title != null ? title : id);
        }
        return titles;
    }

    private static List<String> ids(List<String> ids) {
        return ids == null ? List.of() : ids.stream().filter(id -> id != null && UUID.matcher(id).matches()).toList();
    }

    private static Integer number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(text.trim());
            return n < 0 ? null : n;
        } catch (NumberFormatException malformed) {
            return null;
        }
    }

    private static int orZero(Integer n) {
        return n == null ? 0 : n;
    }

    private Response page(int status, ReleaseView view) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(localised(Templates.releases(view))).build();
    }

    /**
     * The page in the visitor's language: set on the instance itself, since the language the visitor chose
     * (the {@code lang} cookie) must win over the browser's Accept-Language the variant selection reads.
     */
    private TemplateInstance localised(TemplateInstance page) {
        return Pages.localized(page, languages);
    }
}
