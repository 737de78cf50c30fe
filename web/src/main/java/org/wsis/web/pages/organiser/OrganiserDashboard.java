package org.wsis.web.pages.organiser;

import org.wsis.web.pages.Pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.wsis.web.WebConfig;
import org.wsis.web.clients.PrizesApi;
import org.wsis.web.clients.RegistrationApi;
import org.wsis.web.clients.ServiceProblem;
import org.wsis.web.clients.prizes.Contest;
import org.wsis.web.clients.registration.RegistrationStatistics;
import org.wsis.web.i18n.Languages;

import java.util.List;
import java.util.Map;

/** The organisers' home: where each task is, how registration stands and the contest's phase. */
@Path("/organiser")
@RolesAllowed("organiser")
@Produces(MediaType.TEXT_HTML)
public class OrganiserDashboard {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Dashboard dashboard);
    }

    /** A count of registrations in one status, with the list of them. */
    public record StatusCount(String status, long count, String link) {
    }

    /**
     * The figures: every registration by status; the in-person capacity (null when registration is not set
     * up); and the contest's phase (null before the contest is opened).
     */
    public record Dashboard(List<StatusCount> byStatus, long total, Integer capacity, long confirmedInPerson,
                            long waitlisted, long freeSeats, String phase, String nextPhase) {
    }

    private final RegistrationApi registrations;
    private final PrizesApi prizes;
    private final WebConfig config;
    private final Languages languages;

    public OrganiserDashboard(@RestClient RegistrationApi registrations, @RestClient PrizesApi prizes,
                              WebConfig config, Languages languages) {
        this.registrations = registrations;
        this.prizes = prizes;
        this.config = config;
        this.languages = languages;
    }

    @GET
    public TemplateInstance dashboard() {
        int edition = config.edition();
        RegistrationStatistics statistics = registrations.statistics(edition);
        Map<String, Long> byStatus = statistics.byStatus() == null ? Map.of() : statistics.byStatus();
        List<StatusCount> counts = RegistrationFilter.STATUSES.stream()
                .map(status -> new StatusCount(status, byStatus.getOrDefault(status, 0L),
                        "/organiser/registrations?status=" + status))
                .toList();
        Contest contest = contest(edition);
        long confirmed = orZero(statistics.confirmedInPerson());
        Integer capacity = statistics.inPersonCapacity();
        return page(Templates.dashboard(new Dashboard(counts, orZero(statistics.total()), capacity, confirmed,
                orZero(statistics.waitlisted()), capacity == null ? 0 : Math.max(0, capacity - confirmed),
                contest == null ? null : contest.phase(), contest == null ? null : contest.nextPhase())));
    }

    private Contest contest(int edition) {
        try {
            return prizes.contest(edition);
        } catch (ServiceProblem problem) {
            if (problem.status() == 404) {
                return null; // not opened yet
            }
            throw problem;
        }
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
    private TemplateInstance page(TemplateInstance page) {
        return Pages.localized(page, languages);
    }
}
