package org.wsis.registration.service.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.wsis.common.events.Outbox;
import org.wsis.registration.Registration;

import static org.wsis.common.events.participants.ParticipantEventTypes.CANCELLED;
import static org.wsis.common.events.participants.ParticipantEventTypes.CONFIRMED;
import static org.wsis.common.events.participants.ParticipantEventTypes.ERASED;
import static org.wsis.common.events.participants.ParticipantEventTypes.REGISTERED;
import static org.wsis.common.events.participants.ParticipantEventTypes.REJECTED;
import static org.wsis.common.events.participants.ParticipantEventTypes.TOPIC;
import static org.wsis.common.events.participants.ParticipantEventTypes.UPDATED;
import static org.wsis.common.events.participants.ParticipantEventTypes.WAITLISTED;

/**
 * Publishes what happened to a registration on {@code wsis.participants}, through the outbox. The type
 * names are the consumers' too (common); the data record is this service's own, complete one.
 */
@ApplicationScoped
public class ParticipantEvents {

    private final Outbox outbox;

    public ParticipantEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void registered(Registration r) {
        publish(REGISTERED, r, full(r));
    }

    public void confirmed(Registration r) {
        publish(CONFIRMED, r, full(r));
    }

    public void waitlisted(Registration r) {
        publish(WAITLISTED, r, full(r));
    }

    public void updated(Registration r) {
        publish(UPDATED, r, full(r));
    }

    public void rejected(Registration r) {
        publish(REJECTED, r, full(r));
    }

    public void cancelled(Registration r) {
        publish(CANCELLED, r, new ParticipantEventData(r.id, r.subject, r.edition, null, null, null, null, null,
                r.status));
    }

    /** Only the id: consumers map it to whatever personal data they hold, and delete that. */
    public void erased(Registration r) {
        publish(ERASED, r, new ParticipantEventData(r.id, null, r.edition, null, null, null, null, null, r.status));
    }

    private void publish(String type, Registration r, ParticipantEventData data) {
        outbox.publish(TOPIC, type, r.id.toString(), String.valueOf(r.edition), data);
    }

    private static ParticipantEventData full(Registration r) {
        return new ParticipantEventData(r.id, r.subject, r.edition, r.displayName(), r.organisation, r.country,
                r.stakeholderGroup, r.attendance, r.status);
    }
}
