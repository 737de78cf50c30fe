package org.wsis.sessions.service;

import org.wsis.common.reference.ActionLine;
import org.wsis.sessions.ForumSession;
import org.wsis.sessions.SessionFormat;
import org.wsis.sessions.SessionStatus;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;

/** The sessions list's filters; absent ones match everything. Days are read in the venue's time zone. */
public record SessionFilter(LocalDate day, UUID roomId, ActionLine actionLine, SessionFormat format,
                            SessionStatus status, Boolean speakerWithdrawn) {

    public boolean matches(ForumSession s, ZoneId zone) {
        return (day == null || s.startsAt != null && s.startsAt.atZone(zone).toLocalDate().equals(day))
                && (roomId == null || roomId.equals(s.roomId))
                && (actionLine == null || Arrays.asList(s.content.actionLines).contains(actionLine.name()))
                && (format == null || format == s.content.format)
                && (status == null || status == s.status)
                && (speakerWithdrawn == null || speakerWithdrawn == s.speakerWithdrawn);
    }
}
