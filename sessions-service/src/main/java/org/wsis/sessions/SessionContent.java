package org.wsis.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.wsis.common.reference.ActionLine;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** What a session is about and needs: the same for a proposal and the session it becomes. */
@Embeddable
public class SessionContent {

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SessionFormat format;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "action_lines", nullable = false)
    public String[] actionLines;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public Integer[] sdgs;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SessionMode mode;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    @Column(name = "expected_audience", nullable = false)
    public int expectedAudience;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "speaker_ids", nullable = false)
    public UUID[] speakerIds;

    public List<ActionLine> actionLineList() {
        return Arrays.stream(actionLines).map(ActionLine::valueOf).toList();
    }

    public List<Integer> sdgList() {
        return List.of(sdgs);
    }

    public List<UUID> speakerList() {
        return List.of(speakerIds);
    }

    public SessionContent copy() {
        SessionContent copy = new SessionContent();
        copy.title = title;
        copy.summary = summary;
        copy.format = format;
        copy.actionLines = actionLines.clone();
        copy.sdgs = sdgs.clone();
        copy.mode = mode;
        copy.durationMinutes = durationMinutes;
        copy.expectedAudience = expectedAudience;
        copy.speakerIds = speakerIds.clone();
        return copy;
    }
}
