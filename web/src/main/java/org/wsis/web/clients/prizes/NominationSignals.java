package org.wsis.web.clients.prizes;

import java.util.List;

/** prizes-service's NominationSignals. */
public record NominationSignals(String nominationId,
        String category,
        Integer categoryNumber,
        String title,
        Long totalVotes,
        Long windowVotes,
        Double votesPerMinute,
        Long peakMinuteVotes,
        Long newAccountVotes,
        Double newAccountShare,
        Double categoryMedianPerMinute,
        Double burstThreshold,
        List<String> reasons) {
}
