package org.wsis.web.pages.reviewer;

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
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.wsis.web.WebConfig;
import org.wsis.web.clients.PrizesApi;
import org.wsis.web.clients.ServiceProblem;
import org.wsis.web.clients.prizes.CategoryStandings;
import org.wsis.web.clients.prizes.Contest;
import org.wsis.web.clients.prizes.Nomination;
import org.wsis.web.clients.prizes.NominationPage;
import org.wsis.web.clients.prizes.ReviewRequest;
import org.wsis.web.clients.prizes.Standings;
import org.wsis.web.clients.prizes.StandingsEntry;
import org.wsis.web.clients.prizes.WinnerRequest;
import org.wsis.web.i18n.Labels;
import org.wsis.web.i18n.Languages;
import org.wsis.web.pages.reviewer.ReviewView.CategoryGroup;
import org.wsis.web.pages.reviewer.ReviewView.Project;
import org.wsis.web.pages.reviewer.WinnersView.CategoryChoice;
import org.wsis.web.pages.reviewer.WinnersView.Champion;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reviewers' pages: during REVIEW the submitted projects to nominate or reject, during EVALUATION the
 * champions of each category to pick the winner from; in the other phases what happens in them.
 */
@Path("/reviewer")
@RolesAllowed("reviewer")
@Produces(MediaType.TEXT_HTML)
public class ReviewerPages {

    private static final int PAGE_SIZE = 200;
    private static final int MAX_PAGES = 1000;
    private static final Set<String> DECISIONS = Set.of("NOMINATE", "REJECT");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reviewer(ReviewView view);

        static native TemplateInstance winners(WinnersView view);
    }

    private final PrizesApi prizes;
    private final WebConfig config;
    private final Languages languages;

    public ReviewerPages(@RestClient PrizesApi prizes, WebConfig config, Languages languages) {
        this.prizes = prizes;
        this.config = config;
        this.languages = languages;
    }

    @GET
    public Response reviewer(@QueryParam("reviewed") String reviewed, @QueryParam("decision") String decision) {
        String notice = null;
        if (reviewed != null && !reviewed.isBlank() && decision != null && DECISIONS.contains(decision)) {
            notice = decidedNotice(reviewed, decision);
        }
        return reviewPage(200, notice, null, null, null, Map.of());
    }

    /** Nominate (on the ballot) or reject a submitted project, then back to the list. */
    @POST
    @Path("nominations/{id}/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response review(@PathParam("id") String id, @RestForm String decision, @RestForm String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (decision == null || !DECISIONS.contains(decision)) {
            return reviewPage(400, null, null, id, why, Map.of("decision", rev().decision_choose()));
        }
        try {
            prizes.review(config.edition(), id, new ReviewRequest(decision, why));
        } catch (ServiceProblem problem) {
            if (problem.status() == 401) {
                throw problem;
            }
            return reviewPage(statusOf(problem), null, problem, id, why, problem.fieldMessages());
        }
        return Response.seeOther(URI.create("/reviewer?reviewed=" + encode(id) + "&decision=" + decision)).build();
    }

    @GET
    @Path("winners")
    public Response winners(@QueryParam("picked") String picked) {
        return winnersPage(200, picked, null, null, null, Map.of());
    }

    /** Choose a category's winner among its champions (again, until the contest closes). */
    @POST
    @Path("winners/{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pickWinner(@PathParam("code") String code, @RestForm String nominationId) {
        String chosen = nominationId == null || nominationId.isBlank() ? null : nominationId.trim();
        if (chosen == null) {
            return winnersPage(400, null, null, code, null, Map.of("nominationId", rev().winner_choose()));
        }
        try {
            prizes.pickWinner(code, config.edition(), new WinnerRequest(chosen));
        } catch (ServiceProblem problem) {
            if (problem.status() == 401) {
                throw problem;
            }
            return winnersPage(statusOf(problem), null, problem, code, chosen, problem.fieldMessages());
        }
        return Response.seeOther(URI.create("/reviewer/winners?picked=" + encode(code))).build();
    }

    private Response reviewPage(int status, String notice, ServiceProblem problem, String failedId, String reason,
                                Map<String, String> errors) {
        Contest contest = contestOrNull();
        String phase = contest == null ? null : contest.phase();
        List<CategoryGroup> groups = List.of();
        int count = 0;
        if ("REVIEW".equals(phase)) {
            List<Nomination> submitted = submitted();
            count = submitted.size();
            Map<String, List<Nomination>> byCategory = submitted.stream()
                    .sorted(Comparator.comparing((Nomination n) -> n.categoryNumber() == null ? Integer.MAX_VALUE : n.categoryNumber())
                            .thenComparing(n -> String.valueOf(n.category())))
                    .collect(Collectors.groupingBy(n -> String.valueOf(n.category()), LinkedHashMap::new, Collectors.toList()));
            groups = byCategory.entrySet().stream()
                    .map(e -> new CategoryGroup(e.getKey(), e.getValue().stream().map(ReviewerPages::project).toList()))
                    .toList();
        }
        ReviewView view = new ReviewView(phase, groups, count, notice, problem, failedId, reason, errors);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(localised(Templates.reviewer(view))).build();
    }

    private Response winnersPage(int status, String picked, ServiceProblem problem, String failedCode, String chosen,
                                 Map<String, String> errors) {
        Contest contest = contestOrNull();
        String phase = contest == null ? null : contest.phase();
        List<CategoryChoice> categories = new ArrayList<>();
        if ("EVALUATION".equals(phase) || "CLOSED".equals(phase)) {
            Standings standings = null;
            try {
                standings = prizes.champions(config.edition());
            } catch (ServiceProblem unavailable) {
                if (unavailable.status() != 409 && unavailable.status() != 404) {
                    throw unavailable;
                }
            }
            if (standings != null && standings.categories() != null) {
                standings.categories().stream()
                        .sorted(Comparator.comparing(c -> c.categoryNumber() == null ? Integer.MAX_VALUE : c.categoryNumber()))
                        .forEach(c -> categories.add(choice(c, categoryName(c.category(), c.title()),
                                Objects.equals(c.category(), failedCode) ? chosen : null)));
            }
        }
        String notice = null;
        if (picked != null) {
            notice = categories.stream().filter(c -> picked.equals(c.code())).findFirst()
                    .map(c -> rev().picked_notice(c.name(), c.winnerTitle() == null ? "" : c.winnerTitle()))
                    .orElse(null);
        }
        WinnersView view = new WinnersView(phase, "EVALUATION".equals(phase), categories, notice, problem, failedCode, errors);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(localised(Templates.winners(view))).build();
    }

    private static CategoryChoice choice(CategoryStandings standings, String name, String chosen) {
        StandingsEntry winner = standings.winner();
        List<Champion> champions = standings.champions() == null ? List.of() : standings.champions().stream()
                .map(e -> new Champion(e.nominationId(), e.title(), e.organisation(), e.country(),
                        e.votes() == null ? 0 : e.votes(), e.rank() == null ? 0 : e.rank(), e.projectUrl(),
                        isWebAddress(e.projectUrl())))
                .toList();
        String checked = chosen != null ? chosen : winner == null ? null : winner.nominationId();
        return new CategoryChoice(standings.category(), standings.categoryNumber(), name,
                winner == null ? null : winner.nominationId(), winner == null ? null : winner.title(), champions, checked);
    }

    private String decidedNotice(String id, String decision) {
        Rev rev = rev();
        String title = null;
        try {
            title = prizes.nomination(config.edition(), id).title();
        } catch (ServiceProblem | ProcessingException unreadable) {
            // the notice goes without the title
        }
        if (title == null) {
            return rev.decided_notice();
        }
        return "NOMINATE".equals(decision) ? rev.nominated_notice(title) : rev.rejected_notice(title);
    }

    /** The projects waiting for a review, every page of them. */
    private List<Nomination> submitted() {
        List<Nomination> all = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            NominationPage answer = prizes.nominations(config.edition(), null, page, PAGE_SIZE, "SUBMITTED");
            List<Nomination> items = answer == null || answer.items() == null ? List.of() : answer.items();
            all.addAll(items);
            if (items.size() < PAGE_SIZE || answer.total() != null && all.size() >= answer.total()) {
                break;
            }
        }
        return all;
    }

    private static Project project(Nomination n) {
        String sdgs = n.sdgs() == null || n.sdgs().isEmpty() ? null
                : n.sdgs().stream().map(String::valueOf).collect(Collectors.joining(", "));
        return new Project(n.id(), n.title(), n.organisation(), n.country(), n.stakeholderGroup(), n.description(),
                n.projectUrl(), isWebAddress(n.projectUrl()), sdgs);
    }

    private Contest contestOrNull() {
        try {
            return prizes.contest(config.edition());
        } catch (ServiceProblem problem) {
            if (problem.status() == 404) {
                return null;
            }
            throw problem;
        }
    }

    /** The category in the page's language (its Action Line), else the service's title, else its code. */
    private String categoryName(String code, String title) {
        return Labels.text("actionLine." + code, languages.current(), title != null ? title : String.valueOf(code));
    }

    private Rev rev() {
        return MessageBundles.get(Rev.class, Localized.Literal.of(languages.current().toLanguageTag()));
    }

    /** Only http and https addresses become links (never javascript: or data:). */
    static boolean isWebAddress(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.trim().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    private static int statusOf(ServiceProblem problem) {
        return problem.status() >= 500 && problem.status() != 503 ? 502 : problem.status();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * The page in the visitor's language: set on the instance itself, since the language the visitor chose
     * (the {@code lang} cookie) must win over the browser's Accept-Language the variant selection reads.
     */
    private TemplateInstance localised(TemplateInstance page) {
        return Pages.localized(page, languages);
    }
}
