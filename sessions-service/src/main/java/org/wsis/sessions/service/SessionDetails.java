package org.wsis.sessions.service;

import org.wsis.common.reference.ActionLine;
import org.wsis.sessions.SessionContent;
import org.wsis.sessions.SessionFormat;
import org.wsis.sessions.SessionMode;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** What a proposal, or a session an organiser creates directly, describes (validated at the edge). */
public record SessionDetails(String title, String summary, SessionFormat format, List<ActionLine> actionLines,
                             List<Integer> sdgs, SessionMode mode, int durationMinutes,
                             List<UUID> speakerParticipantIds, int expectedAudience) {

    /** As stored: trimmed, repeated entries dropped, SDGs in order, speakers in the order given. */
    SessionContent toContent() {
        SessionContent c = new SessionContent();
        c.title = title.strip();
        c.summary = summary.strip();
        c.format = format;
        c.actionLines = actionLines.stream().distinct().map(Enum::name).toArray(String[]::new);
        c.sdgs = sdgs.stream().distinct().sorted().toArray(Integer[]::new);
        c.mode = mode;
        c.durationMinutes = durationMinutes;
        c.expectedAudience = expectedAudience;
        c.speakerIds = new LinkedHashSet<>(speakerParticipantIds).toArray(UUID[]::new);
        return c;
    }
}
