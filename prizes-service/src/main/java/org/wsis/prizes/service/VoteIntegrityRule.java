package org.wsis.prizes.service;

import org.wsis.common.reference.ActionLine;
import org.wsis.prizes.repository.VoteIntegrityRepository.Row;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * When a project's recent votes look anomalous (the rule the README and the OpenAPI document state):
 * with at least {@code minVotes} votes in the window, BURST when its busiest 60 seconds reach
 * max({@code burstVotesPerMinute}, {@code burstFactor} x the median votes per minute of its category),
 * and NEW_ACCOUNTS when at least {@code newAccountShare} of the window's votes came from new accounts.
 * The category median raises the bar with the category's usual traffic: a busy category's ordinary
 * minutes are not bursts.
 */
public final class VoteIntegrityRule {

    public enum Reason { BURST, NEW_ACCOUNTS }

    /** One project's figures over the window, and the reasons it is flagged (none: not anomalous). */
    public record Signals(Row votes, double votesPerMinute, double newAccountShare, double categoryMedianPerMinute,
                          double burstThreshold, List<Reason> reasons) {

        public boolean anomalous() {
            return !reasons.isEmpty();
        }
    }

    private final VoteIntegrityConfig config;

    public VoteIntegrityRule(VoteIntegrityConfig config) {
        this.config = config;
    }

    /** Judges every project, in category order (most window votes first within one, as given). */
    public List<Signals> judge(List<Row> rows) {
        double minutes = config.window().toMillis() / 60_000.0;
        Map<ActionLine, Double> medians = rows.stream().collect(Collectors.groupingBy(Row::category,
                Collectors.collectingAndThen(Collectors.toList(), category -> median(category) / minutes)));
        return rows.stream().sorted(Comparator.comparing(Row::category))
                .map(row -> judge(row, minutes, medians.get(row.category()))).toList();
    }

    private Signals judge(Row row, double minutes, double categoryMedian) {
        double share = row.windowVotes() == 0 ? 0 : (double) row.newAccountVotes() / row.windowVotes();
        double burstThreshold = Math.max(config.burstVotesPerMinute(), config.burstFactor() * categoryMedian);
        List<Reason> reasons = new ArrayList<>();
        if (row.windowVotes() >= config.minVotes()) {
            if (row.peakMinuteVotes() >= burstThreshold) {
                reasons.add(Reason.BURST);
            }
            if (share >= config.newAccountShare()) {
                reasons.add(Reason.NEW_ACCOUNTS);
            }
        }
        return new Signals(row, row.windowVotes() / minutes, share, categoryMedian, burstThreshold, List.copyOf(reasons));
    }

    private static double median(List<Row> category) {
        long[] votes = category.stream().mapToLong(Row::windowVotes).sorted().toArray();
        int middle = votes.length / 2;
        return votes.length % 2 == 1 ? votes[middle] : (votes[middle - 1] + votes[middle]) / 2.0;
    }
}
