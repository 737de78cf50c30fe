package org.wsis.web.pages.me;

import org.wsis.web.pages.Pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.wsis.web.WebConfig;
import org.wsis.web.clients.PrizesApi;
import org.wsis.web.clients.ServiceProblem;
import org.wsis.web.clients.prizes.Nomination;
import org.wsis.web.clients.prizes.VoteReceipt;
import org.wsis.web.clients.prizes.VoteRequest;
import org.wsis.web.i18n.Languages;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/** Voting for a WSIS Prizes project: a confirmation step (one vote per category, final), then the receipt. */
@Path("/vote")
@RolesAllowed("participant")
@Produces(MediaType.TEXT_HTML)
public class VotePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirm(Nomination nomination, VoteRefusal refusal);
    }

    private final PrizesApi prizes;
    private final Receipts receipts;
    private final WebConfig config;
    private final Languages languages;

    public VotePage(@RestClient PrizesApi prizes, Receipts receipts, WebConfig config, Languages languages) {
        this.prizes = prizes;
        this.receipts = receipts;
        this.config = config;
        this.languages = languages;
    }

    /** Only a project on the ballot (NOMINATED) can be voted for; any other is a page not found. */
    @GET
    @Path("{nominationId}")
    public TemplateInstance confirm(@PathParam("nominationId") String nominationId) {
        Nomination nomination = prizes.nomination(config.edition(), Ids.uuid(nominationId));
        if (!"NOMINATED".equals(nomination.status())) {
            throw Ids.notFound();
        }
        return page(Templates.confirm(nomination, null));
    }

    /** 201 (counted) and 200 (the same project again: the original receipt) both lead to the receipt. */
    @POST
    @Path("{nominationId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response vote(@PathParam("nominationId") String nominationId) {
        String id = Ids.uuid(nominationId);
        try {
            VoteReceipt receipt = prizes.vote(config.edition(), new VoteRequest(id));
            return Response.seeOther(URI.create("/me/votes/" + receipt.voteId())).build();
        } catch (ServiceProblem problem) {
            if (problem.status() == 404 || problem.status() == 401
                    || (problem.status() >= 500 && problem.status() != 503)) {
                throw problem; // no such nominated project, a lapsed sign-in, a failing service: ErrorPages
            }
            Nomination nomination = prizes.nomination(config.edition(), id);
            VoteRefusal refusal = refusal(problem, nomination);
            return Pages.refused(problem, page(Templates.confirm(nomination, refusal)));
        }
    }

    /** In words: 403 is a registration not (yet) confirmed; 409 another vote in the category, or no voting now. */
    private VoteRefusal refusal(ServiceProblem problem, Nomination nomination) {
        if (problem.isBusy()) {
            return new VoteRefusal("BUSY", problem, null);
        }
        if (problem.status() == 403) {
            return new VoteRefusal("NOT_CONFIRMED", problem, null);
        }
        if (problem.status() == 409) {
            Optional<VoteReceipt> earlier = receipts.mineOrNone().stream()
                    .filter(r -> Objects.equals(r.category(), nomination.category()))
                    .filter(r -> !Objects.equals(r.nominationId(), nomination.id()))
                    .findFirst();
            return earlier.map(r -> new VoteRefusal("ALREADY_VOTED", problem, receipts.view(r)))
                    .orElseGet(() -> new VoteRefusal("NOT_OPEN", problem, null));
        }
        return new VoteRefusal("OTHER", problem, null);
    }

    /** In the page's language (the language links' choice, else the browser's): messages and labels alike. */
    private TemplateInstance page(TemplateInstance template) {
        return Pages.localized(template, languages);
    }
}
