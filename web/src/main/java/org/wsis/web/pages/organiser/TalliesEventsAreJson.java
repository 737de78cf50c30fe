package org.wsis.web.pages.organiser;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * The tallies stream's events are JSON. The REST client learns an event's type from the
 * {@code X-SSE-Content-Type} header that Quarkus sends for {@code @RestStreamElementType}; should
 * prizes-service's stream not send it (an {@code SseEventSink}, another server), the client would not
 * know how to read the events. This tells it the default, for that call only; the header still wins.
 */
@Provider
public class TalliesEventsAreJson implements ClientRequestFilter {

    /** The request property Quarkus's REST client reads for the events' default media type. */
    static final String DEFAULT_CONTENT_TYPE = "io.quarkus.rest.client.defaultContentType";

    @Override
    public void filter(ClientRequestContext request) {
        if (request.getProperty(DEFAULT_CONTENT_TYPE) == null
                && request.getUri().getPath().endsWith("/tallies/stream")
                && request.getAcceptableMediaTypes().stream()
                .anyMatch(type -> type.isCompatible(MediaType.SERVER_SENT_EVENTS_TYPE) && !type.isWildcardType())) {
            request.setProperty(DEFAULT_CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
