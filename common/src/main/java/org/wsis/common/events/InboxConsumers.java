package org.wsis.common.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/** Starts one inbox loop per {@link EventHandler} bean of the service, and stops them cleanly. */
@ApplicationScoped
public class InboxConsumers {

    private static final Logger LOG = Logger.getLogger(InboxConsumers.class);

    private final Instance<EventHandler> handlers;
    private final KafkaClients kafka;
    private final InboxRepository inbox;
    private final ObjectMapper mapper;
    private final EventsConfig.Inbox config;
    private final List<InboxLoop> loops = new ArrayList<>();

    private final EventMetrics metrics;
    private final Tracer tracer;

    public InboxConsumers(@Any Instance<EventHandler> handlers, KafkaClients kafka, InboxRepository inbox,
                          ObjectMapper mapper, EventsConfig config, EventMetrics metrics, Tracer tracer) {
        this.handlers = handlers;
        this.metrics = metrics;
        this.tracer = tracer;
        this.kafka = kafka;
        this.inbox = inbox;
        this.mapper = mapper;
        this.config = config.inbox();
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("Event consumers disabled in this instance");
            return;
        }
        for (EventHandler handler : handlers) {
            InboxLoop loop = new InboxLoop(handler, kafka, inbox, mapper, config, metrics, tracer);
            loops.add(loop);
            loop.start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        loops.forEach(InboxLoop::requestStop);
        loops.forEach(InboxLoop::awaitStop);
    }
}
