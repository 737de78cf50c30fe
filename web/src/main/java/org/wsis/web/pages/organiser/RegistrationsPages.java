package org.wsis.web.pages.organiser;

import org.wsis.web.pages.Pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import org.wsis.web.clients.RegistrationApi;
import org.wsis.web.clients.ServiceProblem;
import org.wsis.web.clients.registration.AccreditationRequest;
import org.wsis.web.clients.registration.Registration;
import org.wsis.web.clients.registration.RegistrationPage;
import org.wsis.web.clients.registration.RegistrationStatistics;
import org.wsis.web.i18n.Languages;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The registrations an organiser accredits: the filtered list (PENDING first of all), approve or reject each,
 * the same list as CSV, and the in-person waiting list in the order it will be promoted.
 */
@Path("/organiser")
@RolesAllowed("organiser")
@Produces(MediaType.TEXT_HTML)
public class RegistrationsPages {

    private static final Set<String> DECIDED = Set.of("CONFIRMED", "WAITLISTED", "REJECTED");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance registrations(RegistrationList list, Notice notice, ServiceProblem problem,
                                                     Map<String, String> errors);

        static native TemplateInstance waitlist(Waitlist waitlist);
    }

    /** One registration as a row of the list. */
    public record Row(String id, String name, String email, String organisation, String country,
                      String stakeholderGroup, String attendance, String status, String created, boolean pending,
                      String reason) {
    }

    /**
     * The list page: the filters, the rows of this page, the links to the neighbouring pages (null at the
     * ends), and which row a refused decision was about (its reason is typed again beside it).
     */
    public record RegistrationList(RegistrationFilter filter, List<Row> rows, long total, int from, int to,
                                   String previous, String next, String csv, String zone, String failedId,
                                   List<String> statuses, List<String> stakeholderGroups, List<String> attendances) {

        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    /** What the last decision did: whose registration, and the status it has now. */
    public record Notice(String name, String status, boolean approved) {
    }

    /** A waitlisted registration with its place in the queue. */
    public record WaitlistRow(int position, String name, String organisation, String country, String stakeholderGroup,
                              String created) {
    }

    public record Waitlist(List<WaitlistRow> rows, long total, Integer capacity, long confirmedInPerson,
                           long freeSeats, String previous, String next, String zone) {
    }

    private final RegistrationApi registrations;
    private final WebConfig config;
    private final Languages languages;
    private final VenueTime time;

    public RegistrationsPages(@RestClient RegistrationApi registrations, WebConfig config, Languages languages,
                              VenueTime time) {
        this.registrations = registrations;
        this.config = config;
        this.languages = languages;
        this.time = time;
    }

    @GET
    @Path("registrations")
    public Response list(@QueryParam("status") String status, @QueryParam("stakeholderGroup") String stakeholderGroup,
                         @QueryParam("country") String country, @QueryParam("attendance") String attendance,
                         @QueryParam("q") String q, @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                         @QueryParam("accredited") String accredited) {
        RegistrationFilter filter = RegistrationFilter.of(status, stakeholderGroup, country, attendance, q, page, size);
        String invalid = filter.invalidField();
        if (invalid != null) {
            ServiceProblem problem = Answers.invalid(invalid, messages().registrations_filter_invalid());
            return Pages.refused(problem, page(Templates.registrations(empty(filter), null, problem, problem.fieldMessages())));
        }
        try {
            return Response.ok(page(Templates.registrations(list(filter, null), notice(accredited), null, Map.of()))).build();
        } catch (ServiceProblem problem) {
            if (problem.status() != 400) {
                throw problem; // an error page (403, 404, busy…)
            }
            // a filter the service refused (e.g. a search text too long): the form again, with its words
            return Pages.refused(problem, page(Templates.registrations(empty(filter), null, problem, problem.fieldMessages())));
        }
    }

    @POST
    @Path("registrations/{id}/accreditation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accredit(@PathParam("id") String id, @RestForm String decision, @RestForm String reason,
                             @QueryParam("status") String status, @QueryParam("stakeholderGroup") String stakeholderGroup,
                             @QueryParam("country") String country, @QueryParam("attendance") String attendance,
                             @QueryParam("q") String q, @QueryParam("page") Integer page,
                             @QueryParam("size") Integer size) {
        if (!Pages.uuid(id).isPresent()) {
            throw new NotFoundException();
        }
        RegistrationFilter filter = RegistrationFilter.of(status, stakeholderGroup, country, attendance, q, page, size);
        if (filter.invalidField() != null) {
            filter = RegistrationFilter.of(null, null, null, null, null, null, null);
        }
        ServiceProblem problem;
        if (!"APPROVE".equals(decision) && !"REJECT".equals(decision)) {
            problem = Answers.invalid("decision", messages().registrations_decision_invalid());
        } else {
            try {
                registrations.accredit(config.edition(), id,
                        new AccreditationRequest(decision, "REJECT".equals(decision) ? Answers.blankToNull(reason) : null));
                return Response.seeOther(URI.create("/organiser/registrations?" + filter.queryWithPage()
                        + "&accredited=" + id)).build();
            } catch (ServiceProblem refused) {
                problem = Answers.aboutTheForm(refused);
            }
        }
        // the list again (as it is now), the refusal at the top and the typed reason beside its row
        RegistrationList list = list(filter, id);
        List<Row> rows = list.rows().stream().map(row -> row.id().equals(id)
                ? new Row(row.id(), row.name(), row.email(), row.organisation(), row.country(), row.stakeholderGroup(),
                row.attendance(), row.status(), row.created(), row.pending(), reason == null ? "" : reason)
                : row).toList();
        list = new RegistrationList(list.filter(), rows, list.total(), list.from(), list.to(), list.previous(),
                list.next(), list.csv(), list.zone(), id, list.statuses(), list.stakeholderGroups(), list.attendances());
        return Pages.refused(problem, page(Templates.registrations(list, null, problem, problem.fieldMessages())));
    }

    @GET
    @Path("registrations.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("status") String status, @QueryParam("stakeholderGroup") String stakeholderGroup,
                        @QueryParam("country") String country, @QueryParam("attendance") String attendance,
                        @QueryParam("q") String q) {
        RegistrationFilter filter = RegistrationFilter.of(status, stakeholderGroup, country, attendance, q, null, null);
        if (filter.invalidField() != null) {
            throw Answers.invalid(filter.invalidField(), messages().registrations_filter_invalid());
        }
        int edition = config.edition();
        String csv = registrations.exportCsv(edition, filter.attendanceParam(), filter.countryParam(), null,
                filter.qParam(), null, filter.stakeholderGroupParam(), filter.statusParam());
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"registrations-" + edition + ".csv\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("waitlist")
    public TemplateInstance waitlist(@QueryParam("page") Integer page) {
        int edition = config.edition();
        int number = page == null ? 0 : Math.max(0, Math.min(RegistrationFilter.MAX_PAGE, page));
        int size = RegistrationFilter.MAX_SIZE;
        // the service lists oldest first: the order in which freed seats go to the waiting list
        RegistrationPage found = registrations.search(edition, "IN_PERSON", null, number, null, size, null, "WAITLISTED");
        RegistrationStatistics statistics = registrations.statistics(edition);
        Locale locale = languages.current();
        List<Registration> items = found.items() == null ? List.of() : found.items();
        int first = number * size;
        List<WaitlistRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Registration r = items.get(i);
            rows.add(new WaitlistRow(first + i + 1, name(r), text(r.organisation()), text(r.country()),
                    r.stakeholderGroup(), time.dateTime(r.createdAt(), locale)));
        }
        long total = found.total() == null ? items.size() : found.total();
        long confirmed = statistics.confirmedInPerson() == null ? 0 : statistics.confirmedInPerson();
        Integer capacity = statistics.inPersonCapacity();
        long free = capacity == null ? 0 : Math.max(0, capacity - confirmed);
        String previous = number > 0 ? "/organiser/waitlist" + (number > 1 ? "?page=" + (number - 1) : "") : null;
        String next = first + items.size() < total ? "/organiser/waitlist?page=" + (number + 1) : null;
        return page(Templates.waitlist(new Waitlist(rows, total, capacity, confirmed, free, previous, next,
                time.zone().getId())));
    }

    private RegistrationList list(RegistrationFilter filter, String failedId) {
        RegistrationPage found = registrations.search(config.edition(), filter.attendanceParam(), filter.countryParam(),
                filter.page(), filter.qParam(), filter.size(), filter.stakeholderGroupParam(), filter.statusParam());
        Locale locale = languages.current();
        List<Registration> items = found.items() == null ? List.of() : found.items();
        List<Row> rows = items.stream().map(r -> new Row(r.id(), name(r), text(r.email()), text(r.organisation()),
                text(r.country()), r.stakeholderGroup(), r.attendance(), r.status(),
                time.dateTime(r.createdAt(), locale), "PENDING".equals(r.status()), "")).toList();
        long total = found.total() == null ? items.size() : found.total();
        int first = filter.page() * filter.size();
        String previous = filter.page() > 0 ? "/organiser/registrations?" + filter.pageQuery(filter.page() - 1) : null;
        String next = first + items.size() < total ? "/organiser/registrations?" + filter.pageQuery(filter.page() + 1) : null;
        return new RegistrationList(filter, rows, total, items.isEmpty() ? 0 : first + 1, first + items.size(),
                previous, next, "/organiser/registrations.csv?" + filter.query(), time.zone().getId(),
                failedId == null ? "" : failedId,
                RegistrationFilter.STATUSES, RegistrationFilter.STAKEHOLDER_GROUPS, RegistrationFilter.ATTENDANCES);
    }

    private RegistrationList empty(RegistrationFilter filter) {
        return new RegistrationList(filter, List.of(), 0, 0, 0, null, null,
                "/organiser/registrations.csv?" + filter.query(), time.zone().getId(), "",
                RegistrationFilter.STATUSES, RegistrationFilter.STAKEHOLDER_GROUPS, RegistrationFilter.ATTENDANCES);
    }

    /** The notice after a decision: read back from the service, so it says what the registration is now. */
    private Notice notice(String accredited) {
        if (!Pages.uuid(accredited).isPresent()) {
            return null;
        }
        try {
            Registration r = registrations.registration(config.edition(), accredited);
            return DECIDED.contains(r.status()) ? new Notice(name(r), r.status(), !"REJECTED".equals(r.status())) : null;
        } catch (ServiceProblem gone) {
            return null;
        }
    }

    private OrgMessages messages() {
        return MessageBundles.get(OrgMessages.class, Localized.Literal.of(languages.current().toLanguageTag()));
    }

    static String name(Registration r) {
        return (text(r.firstName()) + " " + text(r.lastName())).trim();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
    private TemplateInstance page(TemplateInstance page) {
        return Pages.localized(page, languages);
    }
}
