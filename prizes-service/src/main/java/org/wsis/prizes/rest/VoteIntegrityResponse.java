package org.wsis.prizes.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wsis.prizes.service.VoteIntegrityConfig;
import org.wsis.prizes.service.VoteIntegrityRule;
import org.wsis.prizes.service.VoteIntegrityService;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

@Schema(name = "VoteIntegrity", description = "Recent voting per nominated project, judged by the documented rule")
public record VoteIntegrityResponse(int edition, Instant windowStart, Instant windowEnd, Rule rule,
                                    @Schema(description = "In category order, most window votes first")
                                    List<NominationSignals> nominations) {

    @Schema(name = "VoteIntegrityRule", description = "The settings in force (wsis.vote-integrity.*)")
    public record Rule(@Schema(example = "PT10M") String window,
                       @Schema(example = "PT1H") String newAccountAge,
                       @Schema(example = "20") int minVotes,
                       @Schema(example = "10") int burstVotesPerMinute,
                       @Schema(example = "5") double burstFactor,
                       @Schema(example = "0.5") double newAccountShare) {

        static Rule of(VoteIntegrityConfig c) {
            return new Rule(c.window().toString(), c.newAccountAge().toString(), c.minVotes(),
                    c.burstVotesPerMinute(), c.burstFactor(), c.newAccountShare());
        }
    }

    @Schema(name = "NominationSignals")
    public record NominationSignals(
            UUID nominationId,
            @Schema(example = "C7_E_HEALTH") String category,
            @Schema(example = "10") int categoryNumber,
            String title,
            @Schema(description = "Every vote so far", example = "812") long totalVotes,
            @Schema(description = "Votes cast in the window", example = "40") long windowVotes,
            @Schema(description = "windowVotes per minute of the window", example = "4.0") double votesPerMinute,
            @Schema(description = "The most votes within any 60 seconds of the window", example = "40")
            long peakMinuteVotes,
            @Schema(description = "Window votes by accounts confirmed less than newAccountAge before voting",
                    example = "30") long newAccountVotes,
            @Schema(description = "newAccountVotes / windowVotes (0 without votes)", example = "0.75")
            double newAccountShare,
            @Schema(description = "Median votesPerMinute of the category's nominated projects", example = "2.0")
            double categoryMedianPerMinute,
            @Schema(description = "peakMinuteVotes that makes a BURST", example = "10.0") double burstThreshold,
            @Schema(description = "Why the project is flagged; empty when it is not", example = "[\"BURST\", \"NEW_ACCOUNTS\"]")
            List<VoteIntegrityRule.Reason> reasons) {

        static NominationSignals of(VoteIntegrityRule.Signals s) {
            var votes = s.votes();
            return new NominationSignals(votes.nominationId(), votes.category().name(), votes.category().number(),
                    votes.title(), votes.totalVotes(), votes.windowVotes(), round(s.votesPerMinute()),
                    votes.peakMinuteVotes(), votes.newAccountVotes(), round(s.newAccountShare()),
                    round(s.categoryMedianPerMinute()), round(s.burstThreshold()), s.reasons());
        }
    }

    /** The report with the projects that {@code shown} keeps. */
    public static VoteIntegrityResponse of(VoteIntegrityService.Report report,
                                           Predicate<VoteIntegrityRule.Signals> shown) {
        return new VoteIntegrityResponse(report.edition(), report.windowStart(), report.windowEnd(),
                Rule.of(report.rule()), report.nominations().stream().filter(shown).map(NominationSignals::of).toList());
    }

    /** Three decimals are plenty to read; the rule itself compares the exact figures. */
    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
