package org.wsis.sessions.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wsis.sessions.service.AgendaService;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "AgendaRelease")
public record ReleaseResponse(
        @Schema(example = "3") int version,
        Instant publishedAt,
        @Schema(example = "248") int sessionCount,
        Changes changes) {

    public static ReleaseResponse of(AgendaService.Release release) {
        return new ReleaseResponse(release.version(), release.publishedAt(), release.sessionCount(),
                new Changes(release.added(), release.removed(), release.moved()));
    }

    /** Against the previous version: sessions new to the agenda, gone from it, or at another time or room. */
    @Schema(name = "AgendaChanges")
    public record Changes(List<UUID> added, List<UUID> removed, List<UUID> moved) {
    }
}
