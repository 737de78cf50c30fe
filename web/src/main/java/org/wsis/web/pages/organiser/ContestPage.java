package org.wsis.web.pages.organiser;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.wsis.web.WebConfig;
import org.wsis.web.clients.PrizesApi;
import org.wsis.web.clients.ServiceProblem;
import org.wsis.web.clients.prizes.Contest;
import org.wsis.web.clients.prizes.ContestRequest;
import org.wsis.web.clients.prizes.PhaseRequest;
import org.wsis.web.i18n.Languages;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The WSIS Prizes contest of the edition: open it, then move it one phase forward at a time
 * (SUBMISSION → REVIEW → VOTING → EVALUATION → CLOSED), with the service's reasons when it refuses.
 */
@Path("/organiser")
@RolesAllowed("organiser")
@Produces(MediaType.TEXT_HTML)
public class ContestPage {

    static final List<String> PHASES = List.of("SUBMISSION", "REVIEW", "VOTING", "EVALUATION", "CLOSED");
    static final int DEFAULT_CHAMPIONS = 5;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance contest(ContestView contest, String moved, String champions,
                                               ServiceProblem problem, Map<String, String> errors);
    }

    /** A phase the contest entered, when and by whom. */
    public record HistoryRow(String phase, String at, String by) {
    }

    /** The contest as shown; {@code opened} false (and the rest empty) before it is opened. */
    public record ContestView(boolean opened, String phase, String nextPhase, Integer championsPerCategory,
                              String openedAt, String updatedAt, List<HistoryRow> history, String zone) {

        /** Its settings may still change while projects are submitted. */
        public boolean isSettable() {
            return !opened || "SUBMISSION".equals(phase);
        }
    }

    private final PrizesApi prizes;
    private final WebConfig config;
    private final Languages languages;
    private final VenueTime time;

    public ContestPage(@RestClient PrizesApi prizes, WebConfig config, Languages languages, VenueTime time) {
        this.prizes = prizes;
        this.config = config;
        this.languages = languages;
        this.time = time;
    }

    @GET
    @Path("contest")
    public TemplateInstance contest(@QueryParam("moved") String moved) {
        ContestView view = view();
        // the notice only when the contest really is in the phase the redirect named
        String notice = moved != null && view.opened() && moved.equals(view.phase()) ? moved : null;
        return page(Templates.contest(view, notice, champions(view), null, Map.of()));
    }

    /** Opens the contest (or changes its settings while in SUBMISSION). */
    @POST
    @Path("contest")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@RestForm String championsPerCategory) {
        ServiceProblem problem;
        Integer champions = parse(championsPerCategory);
        if (champions == null) {
            problem = Answers.invalid("championsPerCategory", messages().contest_champions_invalid());
        } else {
            try {
                prizes.openContest(config.edition(), new ContestRequest(champions));
                return Response.seeOther(URI.create("/organiser/contest")).build();
            } catch (ServiceProblem refused) {
                problem = Answers.aboutTheForm(refused);
            }
        }
        return Pages.refused(problem, page(Templates.contest(view(), null,
                championsPerCategory == null ? "" : championsPerCategory, problem, problem.fieldMessages())));
    }

    /** One step forward: the form names the phase to enter, so that a double submission cannot skip one. */
    @POST
    @Path("contest/phase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response advance(@RestForm String phase) {
        ServiceProblem problem;
        if (phase == null || !PHASES.contains(phase)) {
            problem = Answers.invalid("phase", messages().contest_phase_invalid());
        } else {
            try {
                Contest contest = prizes.advance(config.edition(), new PhaseRequest(phase));
                return Response.seeOther(URI.create("/organiser/contest?moved="
                        + (contest != null && contest.phase() != null ? contest.phase() : phase))).build();
            } catch (ServiceProblem refused) {
                problem = Answers.aboutTheForm(refused);
            }
        }
        ContestView view = view();
        return Pages.refused(problem, page(Templates.contest(view, null, champions(view), problem, problem.fieldMessages())));
    }

    private ContestView view() {
        Contest contest;
        try {
            contest = prizes.contest(config.edition());
        } catch (ServiceProblem problem) {
            if (problem.status() != 404) {
                throw problem;
            }
            return new ContestView(false, null, null, null, "", "", List.of(), time.zone().getId());
        }
        Locale locale = languages.current();
        List<HistoryRow> history = contest.history() == null ? List.of() : contest.history().stream()
                .map(change -> new HistoryRow(change.phase(), time.dateTime(change.changedAt(), locale),
                        change.changedBy() == null ? "" : change.changedBy()))
                .toList();
        return new ContestView(true, contest.phase(), nextPhase(contest), contest.championsPerCategory(),
                time.dateTime(contest.openedAt(), locale), time.dateTime(contest.updatedAt(), locale), history,
                time.zone().getId());
    }

    /** The service says which phase comes next; an older answer without it: the one after in the order. */
    private static String nextPhase(Contest contest) {
        if (contest.nextPhase() != null) {
            return contest.nextPhase();
        }
        int at = PHASES.indexOf(contest.phase());
        return at >= 0 && at + 1 < PHASES.size() ? PHASES.get(at + 1) : null;
    }

    private static String champions(ContestView view) {
        return String.valueOf(view.championsPerCategory() != null ? view.championsPerCategory() : DEFAULT_CHAMPIONS);
    }

    private static Integer parse(String number) {
        try {
            return number == null ? null : Integer.valueOf(number.trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private OrgMessages messages() {
        return MessageBundles.get(OrgMessages.class, Localized.Literal.of(languages.current().toLanguageTag()));
    }
    private TemplateInstance page(TemplateInstance page) {
        return Pages.localized(page, languages);
    }
}
