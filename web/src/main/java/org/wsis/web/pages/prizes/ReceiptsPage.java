package org.wsis.web.pages.prizes;

import org.wsis.web.pages.Pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.wsis.web.WebConfig;
import org.wsis.web.clients.PrizesApi;
import org.wsis.web.clients.ServiceProblem;
import org.wsis.web.clients.prizes.Nomination;
import org.wsis.web.clients.prizes.ReceiptCheck;
import org.wsis.web.i18n.Languages;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Anyone holding a vote receipt checks that the vote is counted, and for which project, without the voter
 * being revealed (prizes-service answers for the receipt alone).
 */
@Path("/receipts")
@Produces(MediaType.TEXT_HTML)
public class ReceiptsPage {

    /** The service's receipts are at most 64 characters (base64url today); anything else is not one. */
    static final int MAX_LENGTH = 64;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance receipts(ReceiptForm form);
    }

    /** What was found for a receipt: the project (its id when its page cannot be read), its category, when. */
    public record ReceiptResult(boolean counted, String project, String organisation, String category,
                                String castAt, String castAtIso) {
    }

    /** The form again with what the visitor typed; an error beside it, or the answer. */
    public record ReceiptForm(String receipt, String error, boolean unknown, ReceiptResult result) {

        static ReceiptForm empty() {
            return new ReceiptForm("", null, false, null);
        }
    }

    private final PrizesApi prizes;
    private final WebConfig config;
    private final Languages languages;

    public ReceiptsPage(@RestClient PrizesApi prizes, WebConfig config, Languages languages) {
        this.prizes = prizes;
        this.config = config;
        this.languages = languages;
    }

    @GET
    @PermitAll
    public TemplateInstance form() {
        return localized(Templates.receipts(ReceiptForm.empty()));
    }

    @GET
    @Path("check")
    @PermitAll
    public Response check(@QueryParam("receipt") String typed) {
        Locale locale = languages.current();
        PrizesMessages words = PrizesWords.in(locale);
        String receipt = typed == null ? "" : typed.strip();
        if (receipt.isEmpty()) {
            return answer(400, new ReceiptForm("", words.receipt_blank(), false, null));
        }
        if (!wellFormed(receipt)) {
            return answer(400, new ReceiptForm(receipt, words.receipt_malformed(), false, null));
        }
        ReceiptCheck check;
        try {
            check = prizes.checkReceipt(config.edition(), receipt);
        } catch (ServiceProblem problem) {
            return switch (problem.status()) {
                case 404 -> answer(404, new ReceiptForm(receipt, words.receipt_unknown(), true, null));
                case 400, 422 -> answer(400, new ReceiptForm(receipt, words.receipt_malformed(), false, null));
                default -> throw problem;
            };
        }
        return answer(200, new ReceiptForm(receipt, null, false, result(check, locale)));
    }

    private ReceiptResult result(ReceiptCheck check, Locale locale) {
        Nomination project = project(check.nominationId());
        String castAt = check.castAt() == null ? null
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .format(check.castAt().atZone(ZoneOffset.UTC));
        return new ReceiptResult(!Boolean.FALSE.equals(check.counted()), project != null && project.title() != null ? project.title() : check.nominationId(),
                project == null ? null : project.organisation(),
                Views.category(check.category(), null, locale), castAt,
                check.castAt() == null ? null : check.castAt().toString());
    }

    /** The project's page, for its title; a receipt stays checkable while the project cannot be read. */
    private Nomination project(String nominationId) {
        if (nominationId == null) {
            return null;
        }
        try {
            return prizes.nomination(config.edition(), nominationId);
        } catch (ServiceProblem | ProcessingException unavailable) {
            return null;
        }
    }

    /** At most 64 visible characters, no spaces or control characters: the shape of any receipt. */
    static boolean wellFormed(String receipt) {
        return receipt.length() <= MAX_LENGTH && receipt.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    private Response answer(int status, ReceiptForm form) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(localized(Templates.receipts(form))).build();
    }

    /**
     * The page in the visitor's language (the lang cookie, else Accept-Language): message bundles and
     * {@code label:of} read the instance's locale attribute, which nothing else sets for every page.
     */
    private TemplateInstance localized(TemplateInstance page) {
        return Pages.localized(page, languages);
    }
}
