package org.wsis.web.pages.me;

import org.wsis.web.clients.ServiceProblem;

/**
 * Why prizes-service did not count a vote, in words the confirmation page can say.
 *
 * @param kind    NOT_CONFIRMED (403), ALREADY_VOTED (409, another project of the category), NOT_OPEN (409,
 *                not in VOTING), BUSY (429/503) or OTHER (the service's own words)
 * @param earlier the vote already cast in the category, for ALREADY_VOTED when it could be read
 */
public record VoteRefusal(String kind, ServiceProblem problem, ReceiptView earlier) {

    public boolean notConfirmed() {
        return "NOT_CONFIRMED".equals(kind);
    }

    public boolean alreadyVoted() {
        return "ALREADY_VOTED".equals(kind);
    }

    public boolean notOpen() {
        return "NOT_OPEN".equals(kind);
    }

    public boolean busy() {
        return "BUSY".equals(kind);
    }

    public int retryAfter() {
        return problem.retryAfterSeconds().orElse(5);
    }
}
