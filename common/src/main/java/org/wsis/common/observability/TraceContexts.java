package org.wsis.common.observability;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

import java.util.List;

/**
 * The W3C {@code traceparent} of a span, as the outbox stores it, the CloudEvent carries it (the
 * distributed-tracing extension) and a Kafka record's header repeats it; and back to a parent context.
 */
public final class TraceContexts {

    public static final String TRACEPARENT = "traceparent";

    private static final TextMapGetter<String> VALUE = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(TRACEPARENT);
        }

        @Override
        public String get(String carrier, String key) {
            return TRACEPARENT.equals(key) ? carrier : null;
        }
    };

    private TraceContexts() {
    }

    /** The current span's traceparent, or null when no span is recording (tracing off, or not sampled). */
    public static String current() {
        return of(Span.current().getSpanContext());
    }

    /** The span context as a traceparent, or null when it is not valid. */
    public static String of(SpanContext span) {
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }

    /** A context whose parent is the given traceparent; the root context when it is null or malformed. */
    public static Context parent(String traceparent) {
        if (traceparent == null || traceparent.isEmpty()) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, VALUE);
    }
}
