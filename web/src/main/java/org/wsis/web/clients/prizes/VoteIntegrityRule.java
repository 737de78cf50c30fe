package org.wsis.web.clients.prizes;

/** prizes-service's VoteIntegrityRule: The settings in force (wsis.vote-integrity.*). */
public record VoteIntegrityRule(String window,
        String newAccountAge,
        Integer minVotes,
        Integer burstVotesPerMinute,
        Double burstFactor,
        Double newAccountShare) {
}
