package org.wsis.web.pages.me;

import org.wsis.web.pages.Pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.wsis.web.WebConfig;
import org.wsis.web.clients.prizes.VoteReceipt;
import org.wsis.web.i18n.Labels;
import org.wsis.web.i18n.Languages;

import java.util.List;
import java.util.Locale;

/** The participant's WSIS Prizes votes: the list of receipts, one receipt, and a receipt as a text file to keep. */
@Path("/me/votes")
@RolesAllowed("participant")
@Produces(MediaType.TEXT_HTML)
public class MyVotes {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance receipts(List<ReceiptView> receipts);

        static native TemplateInstance receipt(ReceiptView view);
    }

    private final Receipts receipts;
    private final WebConfig config;
    private final Languages languages;

    public MyVotes(Receipts receipts, WebConfig config, Languages languages) {
        this.receipts = receipts;
        this.config = config;
        this.languages = languages;
    }

    @GET
    public TemplateInstance receipts() {
        return page(Templates.receipts(receipts.mine().stream().map(receipts::view).toList()));
    }

    @GET
    @Path("{voteId}")
    public TemplateInstance receipt(@PathParam("voteId") String voteId) {
        return page(Templates.receipt(receipts.view(receipts.find(Ids.uuid(voteId)))));
    }

    @GET
    @Path("{voteId}/receipt.txt")
    @Produces(MediaType.TEXT_PLAIN)
    public Response receiptFile(@PathParam("voteId") String voteId, @Context UriInfo uri) {
        ReceiptView view = receipts.view(receipts.find(Ids.uuid(voteId)));
        Locale locale = languages.current();
        MeMsg texts = MeTexts.in(locale);
        VoteReceipt r = view.receipt();
        String site = uri.getBaseUri().toString().replaceAll("/+$", "");
        String project = view.projectTitle().isEmpty() ? r.nominationId() : view.projectTitle();
        String text = String.join("\n",
                texts.receipt_file_title(config.edition()),
                texts.receipt_file_category(Labels.text("actionLine." + r.category(), locale, r.category())),
                texts.receipt_file_project(project),
                texts.receipt_file_cast_at(view.castAt()),
                texts.receipt_file_receipt(r.receipt()),
                texts.receipt_file_check(site + view.checkPath())) + "\n";
        return Response.ok(text, MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"wsis-prizes-" + config.edition()
                        + "-vote-receipt-" + r.category() + ".txt\"")
                .build();
    }

    /** In the page's language (the language links' choice, else the browser's): messages and labels alike. */
    private TemplateInstance page(TemplateInstance template) {
        return Pages.localized(template, languages);
    }
}
