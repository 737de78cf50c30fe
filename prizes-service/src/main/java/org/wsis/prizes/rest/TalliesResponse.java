package org.wsis.prizes.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wsis.common.reference.ActionLine;
import org.wsis.prizes.repository.TallyRepository;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "Tallies", description = "Live vote counts per category with nominated projects")
public record TalliesResponse(int edition, long totalVotes, List<CategoryTally> categories) {

    @Schema(name = "CategoryTally")
    public record CategoryTally(@Schema(example = "C7_E_HEALTH") String category,
                                @Schema(example = "10") int categoryNumber,
                                @Schema(example = "ICT applications: E-health") String title,
                                @Schema(example = "1520") long total,
                                @Schema(description = "Most votes first") List<NominationTally> nominations) {
    }

    @Schema(name = "NominationTally")
    public record NominationTally(UUID nominationId, String title, String organisation,
                                  @Schema(example = "812") long votes) {
    }

    public static TalliesResponse of(int edition, Map<ActionLine, List<TallyRepository.Row>> tallies) {
        List<CategoryTally> categories = tallies.entrySet().stream().map(e -> new CategoryTally(e.getKey().name(),
                e.getKey().number(), e.getKey().title(), e.getValue().stream().mapToLong(TallyRepository.Row::votes).sum(),
                e.getValue().stream().map(r -> new NominationTally(r.nominationId(), r.title(), r.organisation(),
                        r.votes())).toList())).toList();
        return new TalliesResponse(edition, categories.stream().mapToLong(CategoryTally::total).sum(), categories);
    }
}
