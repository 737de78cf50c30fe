package org.wsis.web.pages.prizes;

import org.wsis.web.pages.Pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.wsis.web.WebConfig;
import org.wsis.web.clients.PrizesApi;
import org.wsis.web.clients.ServiceProblem;
import org.wsis.web.clients.prizes.Category;
import org.wsis.web.clients.prizes.CategoryPage;
import org.wsis.web.clients.prizes.CategoryStandings;
import org.wsis.web.clients.prizes.Contest;
import org.wsis.web.clients.prizes.Nomination;
import org.wsis.web.clients.prizes.NominationPage;
import org.wsis.web.clients.prizes.Standings;
import org.wsis.web.clients.prizes.StandingsEntry;
import org.wsis.web.i18n.Languages;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The WSIS Prizes for anyone: the contest and its 18 categories, each category's nominated projects (with
 * the way to vote while voting is open), and the results once the contest is closed.
 */
@Path("/prizes")
@Produces(MediaType.TEXT_HTML)
public class PrizesPage {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance contest(ContestView contest, List<CategoryLink> categories);

        static native TemplateInstance category(CategoryView view);

        static native TemplateInstance results(ResultsView view);
    }

    /** The contest's phase, or no contest at all (null). */
    public record ContestView(String phase, boolean voting, boolean closed) {
    }

    public record CategoryLink(String code, Integer number, String title) {
    }

    public record NominationView(String id, String title, String organisation, String country, String description,
                                 String projectUrl, List<Integer> sdgs) {
    }

    /**
     * One category: {@code contest} false when there is none yet, {@code published} once the nominated projects
     * are public (from VOTING on), {@code voting} while votes are taken; {@code previous}/{@code next} pages.
     */
    public record CategoryView(String code, Integer number, String title, boolean contest, String phase,
                               boolean published, boolean voting, List<NominationView> nominations, long total,
                               String previous, String next) {
    }

    public record Entry(String id, String title, String organisation, String country, String projectUrl, Long votes,
                        Integer rank, boolean winner) {
    }

    public record CategoryResult(String code, String title, Entry winner, List<Entry> champions) {
    }

    /** The results, or not published (yet): {@code categories} empty and {@code published} false. */
    public record ResultsView(boolean published, List<CategoryResult> categories) {
    }

    private final PrizesApi prizes;
    private final WebConfig config;
    private final Languages languages;
    private final Template error;

    public PrizesPage(@RestClient PrizesApi prizes, WebConfig config, Languages languages,
                      @Location("error") Template error) {
        this.prizes = prizes;
        this.config = config;
        this.languages = languages;
        this.error = error;
    }

    @GET
    @PermitAll
    public TemplateInstance contest() {
        Locale locale = languages.current();
        ContestView contest = contestView().orElse(null);
        List<CategoryLink> categories = categories().stream()
                .map(c -> new CategoryLink(c.code(), c.number(), Views.category(c.code(), c.title(), locale)))
                .toList();
        return localized(Templates.contest(contest, categories));
    }

    @GET
    @Path("categories/{code}")
    @PermitAll
    public Response category(@PathParam("code") String code, @QueryParam("page") String page) {
        Locale locale = languages.current();
        Optional<Category> category = categories().stream().filter(c -> Objects.equals(c.code(), code)).findFirst();
        if (category.isEmpty()) {
            return Response.status(404).type(MediaType.TEXT_HTML_TYPE)
                    .entity(localized(error.data("message", PrizesWords.in(locale).category_not_found()))).build();
        }
        Optional<ContestView> contest = contestView();
        String phase = contest.map(ContestView::phase).orElse(null);
        boolean published = Phases.atLeast(phase, Phases.VOTING);
        int pageNumber = pageNumber(page);
        List<NominationView> nominations = List.of();
        long total = 0;
        String previous = null;
        String next = null;
        if (published) {
            NominationPage answer = prizes.nominations(config.edition(), code, pageNumber, PAGE_SIZE, "NOMINATED");
            List<Nomination> items = answer == null || answer.items() == null ? List.of() : answer.items();
            nominations = items.stream().map(n -> new NominationView(n.id(), n.title(), n.organisation(),
                    Views.country(n.country(), locale), n.description(), Views.webLink(n.projectUrl()),
                    n.sdgs() == null ? List.of() : n.sdgs())).toList();
            total = answer == null || answer.total() == null ? items.size() : answer.total();
            String here = "/prizes/categories/" + code;
            previous = pageNumber > 0 ? here + (pageNumber == 1 ? "" : "?page=" + (pageNumber - 1)) : null;
            next = (long) (pageNumber + 1) * PAGE_SIZE < total ? here + "?page=" + (pageNumber + 1) : null;
        }
        CategoryView view = new CategoryView(code, category.get().number(),
                Views.category(code, category.get().title(), locale), contest.isPresent(), phase, published,
                Phases.VOTING.equals(phase), nominations, total, previous, next);
        return Response.ok(localized(Templates.category(view))).build();
    }

    @GET
    @Path("results")
    @PermitAll
    public TemplateInstance results() {
        Locale locale = languages.current();
        Standings standings;
        try {
            standings = prizes.results(config.edition());
        } catch (ServiceProblem problem) {
            if (problem.status() == 404 || problem.status() == 409) {
                return localized(Templates.results(new ResultsView(false, List.of())));
            }
            throw problem;
        }
        List<CategoryStandings> categories = standings == null || standings.categories() == null ? List.of()
                : standings.categories().stream()
                .sorted(Comparator.comparing(c -> c.categoryNumber() == null ? Integer.MAX_VALUE : c.categoryNumber()))
                .toList();
        return localized(Templates.results(new ResultsView(true, categories.stream().map(c -> result(c, locale)).toList())));
    }

    private static CategoryResult result(CategoryStandings c, Locale locale) {
        String winnerId = c.winner() == null ? null : c.winner().nominationId();
        List<Entry> champions = c.champions() == null ? List.of()
                : c.champions().stream().map(e -> entry(e, winnerId, locale)).toList();
        return new CategoryResult(c.category(), Views.category(c.category(), c.title(), locale),
                c.winner() == null ? null : entry(c.winner(), winnerId, locale), champions);
    }

    private static Entry entry(StandingsEntry e, String winnerId, Locale locale) {
        return new Entry(e.nominationId(), e.title(), e.organisation(), Views.country(e.country(), locale),
                Views.webLink(e.projectUrl()), e.votes(), e.rank(),
                winnerId != null && winnerId.equals(e.nominationId()));
    }

    /** The contest, or empty while there is none (404). */
    private Optional<ContestView> contestView() {
        try {
            Contest contest = prizes.contest(config.edition());
            return contest == null ? Optional.empty() : Optional.of(new ContestView(contest.phase(),
                    Phases.VOTING.equals(contest.phase()), Phases.CLOSED.equals(contest.phase())));
        } catch (ServiceProblem problem) {
            if (problem.status() == 404) {
                return Optional.empty();
            }
            throw problem;
        }
    }

    private List<Category> categories() {
        CategoryPage page = prizes.categories();
        return page == null || page.items() == null ? List.of() : page.items().stream()
                .sorted(Comparator.comparing(c -> c.number() == null ? Integer.MAX_VALUE : c.number())).toList();
    }

    /** A page number a visitor may have typed: anything but a small whole number is the first page. */
    private static int pageNumber(String page) {
        try {
            int number = page == null ? 0 : Integer.parseInt(page.trim());
            return number < 0 || number > 10_000 ? 0 : number;
        } catch (NumberFormatException malformed) {
            return 0;
        }
    }

    /**
     * The page in the visitor's language (the lang cookie, else Accept-Language): message bundles and
     * {@code label:of} read the instance's locale attribute, which nothing else sets for every page.
     */
    private TemplateInstance localized(TemplateInstance page) {
        return Pages.localized(page, languages);
    }
}
