package org.wsis.sessions.service;

import org.wsis.sessions.ForumSession;
import org.wsis.sessions.Room;

import java.util.List;
import java.util.UUID;

/**
 * A session as one reader may see it, with what is read beside it. {@code organiser} says whether
 * the organiser-only members (speaker ids and withdrawals, seats, proposal) may be shown; for the
 * public, {@code speakers} already leaves out those who were erased.
 */
public record SessionView(ForumSession session, Room room, List<Speaker> speakers, Seats seats, boolean organiser) {

    /** {@code displayName} is null once the person is erased. */
    public record Speaker(UUID participantId, String displayName, boolean withdrawn) {
    }

    /** Reserved seats; {@code capacity} is the room's, null without a room. Organisers only. */
    public record Seats(long inPerson, long remote, Integer capacity) {
    }
}
