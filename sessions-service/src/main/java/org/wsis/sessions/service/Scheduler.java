package org.wsis.sessions.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.wsis.common.domain.Refusal;
import org.wsis.sessions.ForumSession;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Schedules a session. The rules are checked in {@link SlotBooking}; when two organisers race for
 * the same room or speaker, the database's exclusion constraints let one win and the loser is told
 * which session won, read after the winner committed.
 */
@ApplicationScoped
public class Scheduler {

    private static final Logger LOG = Logger.getLogger(Scheduler.class);
    private static final String EXCLUSION_VIOLATION = "23P01";

    private final SlotBooking booking;

    public Scheduler(SlotBooking booking) {
        this.booking = booking;
    }

    public ForumSession schedule(int edition, UUID id, UUID roomId, Instant start, Instant end) {
        if (!end.isAfter(start)) {
            throw Refusal.invalidField("end", "must be after start");
        }
        try {
            return booking.book(edition, id, roomId, start, end);
        } catch (RuntimeException e) {
            if (!isExclusionViolation(e)) {
                throw e;
            }
            LOG.debugf("Session %s lost a race for its slot: %s", id, e.getMessage());
            throw slotTaken(booking.conflictsNow(edition, id, roomId, start, end));
        }
    }

    static Refusal slotTaken(List<SlotConflict> conflicts) {
        return Refusal.conflict("slot-conflict", "The room or a speaker is already booked at that time: "
                + conflicts.stream().map(c -> c.kind() + " by " + c.sessionId()).toList()).with("conflicts", conflicts);
    }

    private static boolean isExclusionViolation(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (t instanceof org.hibernate.JDBCException jdbc && EXCLUSION_VIOLATION.equals(jdbc.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
