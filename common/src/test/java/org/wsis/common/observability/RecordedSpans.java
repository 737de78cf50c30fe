package org.wsis.common.observability;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;

/**
 * The test application's span exporter (Quarkus exports to every {@link SpanExporter} bean): the SDK's
 * in-memory exporter, read by the tests.
 */
@Singleton
public class RecordedSpans implements SpanExporter {

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();

    @Override
    public CompletableResultCode export(Collection<SpanData> batch) {
        return spans.export(batch);
    }

    @Override
    public CompletableResultCode flush() {
        return spans.flush();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess(); // stays readable until the JVM ends
    }

    /** The finished spans of one trace. */
    public List<SpanData> ofTrace(String traceId) {
        return spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(traceId)).toList();
    }
}
