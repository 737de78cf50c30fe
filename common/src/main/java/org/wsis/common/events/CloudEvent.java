package org.wsis.common.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * A CloudEvents 1.0 event in structured JSON mode, with the {@code edition} extension attribute and the
 * distributed-tracing extension's {@code traceparent} (the span that wrote it; absent when tracing is off).
 * Unknown attributes are ignored on read so producers can add extensions without breaking consumers.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        String edition,
        String traceparent,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    /** Kafka record header carrying {@link #CONTENT_TYPE} (CloudEvents Kafka binding, structured mode). */
    public static final String CONTENT_TYPE_HEADER = "content-type";

    /**
     * Kafka record header carrying the event's type, as the CloudEvents Kafka binding names it: the
     * relay sets it beside the structured value so a consumer can skip types it does not handle
     * without parsing the value.
     */
    public static final String TYPE_HEADER = "ce_type";
}
