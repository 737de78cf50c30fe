package org.wsis.web.pages.organiser;

import org.wsis.web.pages.Pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.wsis.web.WebConfig;
import org.wsis.web.clients.PrizesApi;
import org.wsis.web.clients.ServiceProblem;
import org.wsis.web.clients.prizes.CategoryTally;
import org.wsis.web.clients.prizes.NominationSignals;
import org.wsis.web.clients.prizes.Tallies;
import org.wsis.web.clients.prizes.VoteIntegrity;
import org.wsis.web.clients.prizes.VoteIntegrityRule;
import org.wsis.web.i18n.Labels;
import org.wsis.web.i18n.Languages;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The live vote tallies (organisers and reviewers): rendered here so that the page works without scripts,
 * then kept current by /assets/tallies.js from {@code /organiser/tallies/stream}, which relays
 * prizes-service's stream as the signed-in person. Beside them, for organisers, the vote-integrity anomalies.
 */
@Path("/organiser")
@Produces(MediaType.TEXT_HTML)
public class TalliesPage {

    private static final Logger LOG = Logger.getLogger(TalliesPage.class);
    /** The 18 prize categories, which are the Action Lines, in their order. */
    static final List<String> CATEGORIES = List.of("C1", "C2", "C3", "C4", "C5", "C6", "C7_E_GOVERNMENT",
            "C7_E_BUSINESS", "C7_E_LEARNING", "C7_E_HEALTH", "C7_E_EMPLOYMENT", "C7_E_ENVIRONMENT",
            "C7_E_AGRICULTURE", "C7_E_SCIENCE", "C8", "C9", "C10", "C11");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tallies(TalliesView tallies);

        static native TemplateInstance anomalies(Anomalies anomalies);
    }

    public record NominationView(String id, String title, String organisation, long votes, String votesText,
                                 int percent, String percentText) {
    }

    public record CategoryView(String code, String title, long total, String totalText,
                               List<NominationView> nominations) {
    }

    /**
     * The tallies as shown: {@code available} false before the contest exists; {@code i18n} the words the
     * script needs to draw the same markup again (JSON, escaped into an attribute by the template).
     */
    public record TalliesView(boolean available, long totalVotes, String totalVotesText,
                              List<CategoryView> categories, String updatedAt, String zone, String i18n) {
    }

    public record AnomalyRow(String category, String title, List<String> reasons, long totalVotes, long windowVotes,
                             String votesPerMinute, long peakMinuteVotes, String burstThreshold,
                             long newAccountVotes, String newAccountShare, String categoryMedianPerMinute) {
    }

    /** The flagged projects over the window, and the rule in force (its figures formatted). */
    public record Anomalies(boolean available, List<AnomalyRow> rows, String windowStart, String windowEnd,
                            String window, String newAccountAge, String minVotes, String burstVotesPerMinute,
                            String burstFactor, String newAccountShare, String zone) {
    }

    private final PrizesApi prizes;
    private final WebConfig config;
    private final Languages languages;
    private final VenueTime time;
    private final ObjectMapper json;

    public TalliesPage(@RestClient PrizesApi prizes, WebConfig config, Languages languages, VenueTime time,
                       ObjectMapper json) {
        this.prizes = prizes;
        this.config = config;
        this.languages = languages;
        this.time = time;
        this.json = json;
    }

    @GET
    @Path("tallies")
    @RolesAllowed({"organiser", "reviewer"})
    public TemplateInstance tallies() {
        Locale locale = languages.current();
        Tallies tallies;
        try {
            tallies = prizes.tallies(config.edition());
        } catch (ServiceProblem problem) {
            if (problem.status() != 404) {
                throw problem;
            }
            tallies = null; // no contest for the edition yet
        }
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        NumberFormat percents = NumberFormat.getPercentInstance(locale);
        List<CategoryView> categories = tallies == null || tallies.categories() == null ? List.of()
                : tallies.categories().stream().map(c -> category(c, locale, numbers, percents)).toList();
        long total = tallies == null || tallies.totalVotes() == null ? 0 : tallies.totalVotes();
        return page(Templates.tallies(new TalliesView(tallies != null, total, numbers.format(total), categories,
                time.time(Instant.now(), locale), time.zone().getId(), scriptWords(locale))));
    }

    /**
     * The tallies again whenever they change, relayed from prizes-service as server-sent events. The call
     * is made while this request is handled, so it carries the signed-in person's token; when the service's
     * stream ends or fails, this one ends (the browser's EventSource connects again by itself).
     */
    @GET
    @Path("tallies/stream")
    @RolesAllowed({"organiser", "reviewer"})
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<Tallies> stream() {
        return prizes.talliesStream(config.edition())
                .onFailure().invoke(failure -> LOG.warnf("the tallies stream of prizes-service ended: %s", failure.getMessage()))
                .onFailure().recoverWithCompletion();
    }

    @GET
    @Path("anomalies")
    @RolesAllowed("organiser")
    public TemplateInstance anomalies() {
        Locale locale = languages.current();
        VoteIntegrity found;
        try {
            found = prizes.anomalies(config.edition());
        } catch (ServiceProblem problem) {
            if (problem.status() != 404) {
                throw problem;
            }
            found = null;
        }
        String zone = time.zone().getId();
        if (found == null) {
            return page(Templates.anomalies(new Anomalies(false, List.of(), "", "", "", "", "", "", "", "", zone)));
        }
        NumberFormat decimals = NumberFormat.getNumberInstance(locale);
        decimals.setMaximumFractionDigits(1);
        NumberFormat percents = NumberFormat.getPercentInstance(locale);
        List<AnomalyRow> rows = found.nominations() == null ? List.of() : found.nominations().stream()
                .map(n -> anomaly(n, locale, decimals, percents)).toList();
        VoteIntegrityRule rule = found.rule();
        return page(Templates.anomalies(new Anomalies(true, rows, time.dateTime(found.windowStart(), locale),
                time.dateTime(found.windowEnd(), locale),
                rule == null ? "" : duration(rule.window(), locale),
                rule == null ? "" : duration(rule.newAccountAge(), locale),
                rule == null || rule.minVotes() == null ? "" : String.valueOf(rule.minVotes()),
                rule == null || rule.burstVotesPerMinute() == null ? "" : String.valueOf(rule.burstVotesPerMinute()),
                rule == null || rule.burstFactor() == null ? "" : decimals.format(rule.burstFactor()),
                rule == null || rule.newAccountShare() == null ? "" : percents.format(rule.newAccountShare()),
                zone)));
    }

    private static CategoryView category(CategoryTally c, Locale locale, NumberFormat numbers, NumberFormat percents) {
        long total = c.total() == null ? 0 : c.total();
        List<NominationView> nominations = c.nominations() == null ? List.of() : c.nominations().stream().map(n -> {
            long votes = n.votes() == null ? 0 : n.votes();
            int percent = total == 0 ? 0 : (int) Math.round(votes * 100.0 / total);
            return new NominationView(n.nominationId(), text(n.title()), text(n.organisation()), votes,
                    numbers.format(votes), percent, percents.format(percent / 100.0));
        }).toList();
        return new CategoryView(c.category(), categoryTitle(c.category(), c.title(), locale), total,
                numbers.format(total), nominations);
    }

    private static AnomalyRow anomaly(NominationSignals n, Locale locale, NumberFormat decimals,
                                      NumberFormat percents) {
        return new AnomalyRow(categoryTitle(n.category(), n.category(), locale), text(n.title()),
                n.reasons() == null ? List.of() : n.reasons(), orZero(n.totalVotes()), orZero(n.windowVotes()),
                n.votesPerMinute() == null ? "" : decimals.format(n.votesPerMinute()), orZero(n.peakMinuteVotes()),
                n.burstThreshold() == null ? "" : decimals.format(n.burstThreshold()), orZero(n.newAccountVotes()),
                n.newAccountShare() == null ? "" : percents.format(n.newAccountShare()),
                n.categoryMedianPerMinute() == null ? "" : decimals.format(n.categoryMedianPerMinute()));
    }

    /** The category's name in the page's language (the Action Line's), else the service's title. */
    static String categoryTitle(String code, String fallback, Locale locale) {
        return code == null ? text(fallback) : Labels.text("actionLine." + code, locale, fallback == null ? code : fallback);
    }

    /** "PT10M" as "10 min": the rule's durations in words a person reads. */
    private String duration(String iso, Locale locale) {
        if (iso == null) {
            return "";
        }
        try {
            long minutes = Duration.parse(iso).toMinutes();
            return messages(locale).anomalies_minutes(minutes);
        } catch (DateTimeParseException notIso) {
            return iso;
        }
    }

    private String scriptWords(Locale locale) {
        OrgMessages words = messages(locale);
        Map<String, Object> i18n = new LinkedHashMap<>();
        i18n.put("project", words.tallies_project());
        i18n.put("organisation", words.tallies_organisation());
        i18n.put("votes", words.tallies_votes());
        i18n.put("share", words.tallies_share());
        i18n.put("categoryTotal", words.tallies_category_total());
        i18n.put("noNominations", words.tallies_no_nominations());
        i18n.put("noCategories", words.tallies_no_categories());
        i18n.put("allVotes", words.tallies_all_votes());
        Map<String, String> titles = new LinkedHashMap<>();
        CATEGORIES.forEach(code -> titles.put(code, Labels.text("actionLine." + code, locale, code)));
        i18n.put("categories", titles);
        try {
            return json.writeValueAsString(i18n);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static OrgMessages messages(Locale locale) {
        return MessageBundles.get(OrgMessages.class, Localized.Literal.of(locale.toLanguageTag()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
    private TemplateInstance page(TemplateInstance page) {
        return Pages.localized(page, languages);
    }
}
