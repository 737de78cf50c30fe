package org.wsis.sessions.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.wsis.common.events.CloudEvent;
import org.wsis.common.events.EventHandler;
import org.wsis.sessions.service.PrizeCeremony;

import java.util.Collection;
import java.util.List;

/** Fills the edition's prize ceremony when prizes-service announces the winners. */
@ApplicationScoped
public class PrizeEventsConsumer implements EventHandler {

    public static final String WINNERS_ANNOUNCED = "org.wsis.prizes.winners-announced.v1";

    private final PrizeCeremony ceremony;
    private final ObjectMapper mapper;

    public PrizeEventsConsumer(PrizeCeremony ceremony, ObjectMapper mapper) {
        this.ceremony = ceremony;
        this.mapper = mapper;
    }

    @Override
    public String consumerName() {
        return "sessions-service.prizes";
    }

    @Override
    public Collection<String> topics() {
        return List.of("wsis.prizes");
    }

    @Override
    public boolean handles(String type) {
        return WINNERS_ANNOUNCED.equals(type);
    }

    @Override
    public void apply(CloudEvent event) {
        try {
            WinnersAnnounced data = mapper.treeToValue(event.data(), WinnersAnnounced.class);
            ceremony.announce(data.edition(), data.prizeWinners());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable winners-announced event " + event.id(), e);
        }
    }
}
