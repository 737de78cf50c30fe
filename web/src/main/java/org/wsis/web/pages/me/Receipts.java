package org.wsis.web.pages.me;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.wsis.web.WebConfig;
import org.wsis.web.clients.PrizesApi;
import org.wsis.web.clients.ServiceProblem;
import org.wsis.web.clients.prizes.Nomination;
import org.wsis.web.clients.prizes.ReceiptPage;
import org.wsis.web.clients.prizes.VoteReceipt;
import org.wsis.web.i18n.Languages;

import java.util.List;

/** The signed-in participant's vote receipts, with the project each one is for. */
@ApplicationScoped
public class Receipts {

    private final PrizesApi prizes;
    private final WebConfig config;
    private final Languages languages;

    public Receipts(@RestClient PrizesApi prizes, WebConfig config, Languages languages) {
        this.prizes = prizes;
        this.config = config;
        this.languages = languages;
    }

    List<VoteReceipt> mine() {
        ReceiptPage page = prizes.myVotes(config.edition());
        return page == null || page.items() == null ? List.of() : page.items();
    }

    /** The receipts when they can be read; none otherwise (a refusal is still explained without them). */
    List<VoteReceipt> mineOrNone() {
        try {
            return mine();
        } catch (ServiceProblem unreadable) {
            return List.of();
        }
    }

    /** One of the participant's votes by its id, or the 404 page. */
    VoteReceipt find(String voteId) {
        return mine().stream().filter(r -> voteId.equalsIgnoreCase(String.valueOf(r.voteId()))).findFirst()
                .orElseThrow(Ids::notFound);
    }

    ReceiptView view(VoteReceipt receipt) {
        Nomination project = project(receipt.nominationId());
        return new ReceiptView(receipt, project == null || project.title() == null ? "" : project.title(),
                project == null || project.organisation() == null ? "" : project.organisation(),
                Dates.format(receipt.castAt(), languages.current()));
    }

    /** The project voted for; null when the service no longer shows it (the receipt stands anyway). */
    private Nomination project(String nominationId) {
        if (nominationId == null) {
            return null;
        }
        try {
            return prizes.nomination(config.edition(), nominationId);
        } catch (ServiceProblem gone) {
            if (gone.isBusy() || gone.status() == 401) {
                throw gone;
            }
            return null;
        }
    }
}
