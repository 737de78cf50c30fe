package org.wsis.common.events.participants;

import org.wsis.common.events.CloudEvent;
import org.wsis.common.events.EventHandler;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Feeds a {@link ParticipantReadModel} from {@code wsis.participants}: erasure erases, every other type of
 * the catalogue is recorded, types outside it are skipped. A service's consumer extends it, names itself,
 * and is declared {@code @Singleton}: a normal scope would need a client proxy, which ArC cannot make
 * for a class whose superclass has no no-args constructor.
 */
public abstract class ParticipantEventsHandler implements EventHandler {

    private final ParticipantReadModel readModel;

    protected ParticipantEventsHandler(ParticipantReadModel readModel) {
        this.readModel = readModel;
    }

    @Override
    public Collection<String> topics() {
        return List.of(ParticipantEventTypes.TOPIC);
    }

    @Override
    public boolean handles(String type) {
        return ParticipantEventTypes.isKnown(type);
    }

    @Override
    public void prepare(List<CloudEvent> events) {
        Set<UUID> ids = new TreeSet<>(); // sorted: rows are locked in one order by every batch
        for (CloudEvent event : events) {
            try {
                ids.add(ParticipantEventData.from(event).participantId());
            } catch (RuntimeException unreadable) {
                // apply() refuses it again, and the inbox parks it alone
            }
        }
        readModel.preload(ids);
    }

    @Override
    public void apply(CloudEvent event) {
        ParticipantEventData data = ParticipantEventData.from(event);
        if (ParticipantEventTypes.ERASED.equals(event.type())) {
            readModel.erase(data.participantId(), data.edition());
        } else {
            readModel.record(data, event.time());
        }
    }
}
