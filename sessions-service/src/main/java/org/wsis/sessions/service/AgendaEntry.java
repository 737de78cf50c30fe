package org.wsis.sessions.service;

import org.wsis.sessions.SessionFormat;
import org.wsis.sessions.SessionMode;
import org.wsis.sessions.PrizeWinner;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One session as a release froze it. Speakers are kept as ids: their names are looked up when the
 * agenda is read, so an erased person's name is never served from an old release. {@code sequence}
 * is the iCalendar SEQUENCE, raised whenever the entry changes from one release to the next.
 */
public record AgendaEntry(UUID sessionId, String title, String summary, SessionFormat format, SessionMode mode,
                          List<String> actionLines, List<Integer> sdgs, UUID roomId, String roomName,
                          Instant start, Instant end, List<UUID> speakerIds,
                          List<PrizeWinner> prizeWinners, int sequence) {

    public boolean movedFrom(AgendaEntry previous) {
        return !start.equals(previous.start) || !end.equals(previous.end) || !Objects.equals(roomId, previous.roomId);
    }

    /** Same content, whatever the sequence. */
    public boolean sameAs(AgendaEntry previous) {
        return withSequence(0).equals(previous.withSequence(0));
    }

    public AgendaEntry withSequence(int value) {
        return new AgendaEntry(sessionId, title, summary, format, mode, actionLines, sdgs, roomId, roomName, start,
                end, speakerIds, prizeWinners, value);
    }
}
