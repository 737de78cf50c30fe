package org.wsis.sessions.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.wsis.common.domain.Refusal;
import org.wsis.sessions.Participant;
import org.wsis.sessions.repository.ParticipantRepository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Rules about who may speak, read from the participant read model. */
@ApplicationScoped
public class Speakers {

    private final ParticipantRepository participants;

    public Speakers(ParticipantRepository participants) {
        this.participants = participants;
    }

    /** At proposal time: registered for the edition and not cancelled, rejected or erased. */
    public void requireRegistered(int edition, Collection<UUID> speakerIds) {
        List<UUID> refused = failing(edition, speakerIds, Participant::isRegistered);
        if (!refused.isEmpty()) {
            throw Refusal.unprocessable("speaker-not-registered", "These speakers are not registered "
                    + "participants of edition " + edition + ": " + refused).with("speakerParticipantIds", refused);
        }
    }

    /** At scheduling time: every speaker's registration is CONFIRMED. */
    public void requireConfirmed(int edition, Collection<UUID> speakerIds) {
        List<UUID> refused = failing(edition, speakerIds, Participant::isConfirmed);
        if (!refused.isEmpty()) {
            throw Refusal.unprocessable("speaker-not-confirmed", "These speakers are not CONFIRMED "
                    + "participants of edition " + edition + ": " + refused).with("speakerParticipantIds", refused);
        }
    }

    private List<UUID> failing(int edition, Collection<UUID> speakerIds, Predicate<Participant> rule) {
        Map<UUID, Participant> known = participants.byIds(speakerIds);
        return speakerIds.stream().filter(id -> {
            Participant p = known.get(id);
            return p == null || p.edition != edition || !rule.test(p);
        }).toList();
    }
}
