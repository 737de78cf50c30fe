package org.wsis.web.pages.me;

import org.wsis.web.clients.prizes.VoteReceipt;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One of the participant's votes: the service's receipt, the project's title (empty when the project
 * cannot be read any more) and the moment it was cast in the page's language.
 */
public record ReceiptView(VoteReceipt receipt, String projectTitle, String projectOrganisation, String castAt) {

    /** Where anyone holding the receipt checks that the vote is counted. */
    public String checkPath() {
        return "/receipts/check?receipt=" + URLEncoder.encode(receipt.receipt() == null ? "" : receipt.receipt(),
                StandardCharsets.UTF_8);
    }

    public String page() {
        return "/me/votes/" + receipt.voteId();
    }

    public String download() {
        return "/me/votes/" + receipt.voteId() + "/receipt.txt";
    }
}
