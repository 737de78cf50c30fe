package org.wsis.sessions.service.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.wsis.common.events.Outbox;
import org.wsis.sessions.ForumSession;
import org.wsis.sessions.Proposal;

/**
 * Publishes on {@code wsis.sessions} through the outbox. Proposal events are keyed by the proposal
 * id, session events by the session id, agenda releases by the edition.
 */
@ApplicationScoped
public class SessionEvents {

    public static final String TOPIC = "wsis.sessions";

    public static final String PROPOSED = "org.wsis.session.proposed.v1";
    public static final String ACCEPTED = "org.wsis.session.accepted.v1";
    public static final String REJECTED = "org.wsis.session.rejected.v1";
    public static final String SCHEDULED = "org.wsis.session.scheduled.v1";
    public static final String UNSCHEDULED = "org.wsis.session.unscheduled.v1";
    public static final String CANCELLED = "org.wsis.session.cancelled.v1";
    public static final String AGENDA_RELEASED = "org.wsis.agenda.released.v1";

    private final Outbox outbox;

    public SessionEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void proposed(Proposal p) {
        var c = p.content;
        publish(PROPOSED, p.id.toString(), p.edition, new SessionEventData.Proposed(p.id, p.edition, c.title,
                c.format, c.mode, java.util.List.of(c.actionLines), c.sdgList(), c.durationMinutes,
                c.expectedAudience, c.speakerList(), p.status));
    }

    public void rejected(Proposal p) {
        publish(REJECTED, p.id.toString(), p.edition,
                new SessionEventData.Rejected(p.id, p.edition, p.content.title, p.status));
    }

    public void accepted(ForumSession s) {
        publish(ACCEPTED, s.id.toString(), s.edition, new SessionEventData.Accepted(s.id, s.proposalId, s.edition,
                s.content.title, s.content.format, s.content.mode, s.content.speakerList(), s.status));
    }

    public void scheduled(ForumSession s) {
        publish(SCHEDULED, s.id.toString(), s.edition, new SessionEventData.Scheduled(s.id, s.edition, s.roomId,
                s.startsAt, s.endsAt, s.content.speakerList(), s.status));
    }

    public void unscheduled(ForumSession s) {
        publish(UNSCHEDULED, s.id.toString(), s.edition, new SessionEventData.StatusChanged(s.id, s.edition, s.status));
    }

    public void cancelled(ForumSession s) {
        publish(CANCELLED, s.id.toString(), s.edition, new SessionEventData.StatusChanged(s.id, s.edition, s.status));
    }

    public void agendaReleased(SessionEventData.Released release) {
        publish(AGENDA_RELEASED, String.valueOf(release.edition()), release.edition(), release);
    }

    private void publish(String type, String key, int edition, Object data) {
        outbox.publish(TOPIC, type, key, String.valueOf(edition), data);
    }
}
