package org.wsis.registration.events;

import jakarta.enterprise.context.ApplicationScoped;
import org.wsis.common.events.Outbox;
import org.wsis.registration.Registration;

/** Publishes what happened to a registration on {@code wsis.participants}, through the outbox. */
@ApplicationScoped
public class ParticipantEvents {

    public static final String TOPIC = "wsis.participants";

    public static final String REGISTERED = "org.wsis.participant.registered.v1";
    public static final String CONFIRMED = "org.wsis.participant.confirmed.v1";
    public static final String WAITLISTED = "org.wsis.participant.waitlisted.v1";
    public static final String UPDATED = "org.wsis.participant.updated.v1";
    public static final String REJECTED = "org.wsis.participant.rejected.v1";
    public static final String CANCELLED = "org.wsis.participant.cancelled.v1";
    public static final String ERASED = "org.wsis.participant.erased.v1";

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
