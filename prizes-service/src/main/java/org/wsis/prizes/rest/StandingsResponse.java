package org.wsis.prizes.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wsis.prizes.service.Standings;

import java.util.List;
import java.util.UUID;

/** Champions (from EVALUATION on) and results (once CLOSED): per category, its champions and winner. */
@Schema(name = "Standings")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StandingsResponse(int edition, List<CategoryStandings> categories) {

    @Schema(name = "CategoryStandings")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CategoryStandings(@Schema(example = "C7_E_HEALTH") String category,
                                    @Schema(example = "10") int categoryNumber,
                                    @Schema(example = "ICT applications: E-health") String title,
                                    @Schema(description = "The winner, once a reviewer chose one") Entry winner,
                                    @Schema(description = "Ranked; ties at the boundary all included") List<Entry> champions) {
    }

    @Schema(name = "StandingsEntry")
    public record Entry(UUID nominationId, String title, String organisation, String country, String projectUrl,
                        @Schema(example = "812") long votes, @Schema(example = "1") int rank) {

        static Entry of(Standings.Entry e) {
            return new Entry(e.nomination().id, e.nomination().title, e.nomination().organisation,
                    e.nomination().country, e.nomination().projectUrl, e.champion().votes, e.champion().rank);
        }
    }

    public static StandingsResponse of(int edition, List<Standings> standings) {
        return new StandingsResponse(edition, standings.stream().map(s -> new CategoryStandings(s.category().name(),
                s.category().number(), s.category().title(), s.winner() == null ? null : Entry.of(s.winner()),
                s.champions().stream().map(Entry::of).toList())).toList());
    }
}
