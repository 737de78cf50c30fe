package org.wsis.common.events;

import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/** A REST call that records an event, as the services' do: what {@link TracingTest} follows from the request on. */
@Path("/test/counted/{name}")
public class CountedThings {

    private final Outbox outbox;

    public CountedThings(Outbox outbox) {
        this.outbox = outbox;
    }

    @POST
    @PermitAll
    @Transactional
    @Produces(MediaType.TEXT_PLAIN)
    public String count(@PathParam("name") String name) {
        return outbox.publish(CountingHandler.TOPIC, CountingHandler.COUNTED, name, "2026",
                Map.of("name", name, "amount", 1)).id();
    }
}
