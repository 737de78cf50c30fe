package org.wsis.sessions.service;

import org.wsis.common.reference.ActionLine;
import org.wsis.sessions.SessionFormat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** The agenda's filters (JSON and iCalendar alike); days are read in the venue's time zone. */
public record AgendaFilter(LocalDate day, UUID roomId, ActionLine actionLine, SessionFormat format) {

    public boolean matches(AgendaEntry e, ZoneId zone) {
        return (day == null || e.start().atZone(zone).toLocalDate().equals(day))
                && (roomId == null || roomId.equals(e.roomId()))
                && (actionLine == null || e.actionLines().contains(actionLine.name()))
                && (format == null || format == e.format());
    }
}
