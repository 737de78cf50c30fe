package org.wsis.common.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.wsis.common.observability.RecordedSpans;
import org.wsis.infra.testing.TopicProbe;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One trace follows an event: the REST call (or any span) that wrote it to the outbox, the relay's publish
 * span, the consumer's process span, exported through the SDK's in-memory exporter ({@link RecordedSpans}).
 * The system tests follow the same trace across two services' processes.
 */
@QuarkusTest
class TracingTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxEventRepository repository;

    @Inject
    Tracer tracer;

    @Inject
    RecordedSpans spans;

    @Inject
    ObjectMapper mapper;

    @Test
    void oneTraceCoversTheWriteTheRelayAndTheConsumersApply() throws Exception {
        String name = "traced-" + UUID.randomUUID();
        Span request = tracer.spanBuilder("POST /things").setSpanKind(SpanKind.SERVER).startSpan();
        String traceId = request.getSpanContext().getTraceId();
        String requestSpan = request.getSpanContext().getSpanId();
        CloudEvent sent;
        ConsumerRecord<String, String> record;
        try (TopicProbe probe = TopicProbe.fromNow(CountingHandler.TOPIC)) {
            try (Scope ignored = request.makeCurrent()) {
                sent = QuarkusTransaction.requiringNew().call(() -> outbox.publish(CountingHandler.TOPIC,
                        CountingHandler.COUNTED, name, "2026", Map.of("name", name, "amount", 1)));
            } finally {
                request.end();
            }
            record = probe.await(r -> name.equals(r.key()), 1, Duration.ofSeconds(20)).get(0);
        }

        String written = "00-" + traceId + "-" + requestSpan + "-01";
        assertThat(sent.traceparent()).isEqualTo(written);
        assertThat(storedTraceparent(sent.id())).isEqualTo(written);
        JsonNode value = mapper.readTree(record.value());
        assertThat(value.get("traceparent").asText()).as("the CloudEvent's tracing extension").isEqualTo(written);
        String relayed = header(record, "traceparent").orElseThrow();
        assertThat(relayed).startsWith("00-" + traceId + "-").isNotEqualTo(written);

        List<SpanData> trace = await().atMost(Duration.ofSeconds(20))
                .until(() -> spans.ofTrace(traceId), found -> found.stream().anyMatch(s -> s.getKind() == SpanKind.CONSUMER));
        SpanData publish = only(trace, SpanKind.PRODUCER);
        SpanData process = only(trace, SpanKind.CONSUMER);
        assertThat(publish.getName()).isEqualTo(CountingHandler.TOPIC + " publish");
        assertThat(publish.getParentSpanId()).isEqualTo(requestSpan);
        assertThat(relayed).isEqualTo("00-" + traceId + "-" + publish.getSpanId() + "-01");
        assertThat(process.getName()).isEqualTo("common-test process");
        assertThat(process.getParentSpanId()).as("the consumer continues the relay's span").isEqualTo(publish.getSpanId());
        assertThat(process.getAttributes().asMap().toString()).contains(sent.id());
    }

    /** The same chain from a real REST call: the HTTP server's span is the root the relay and the consumer continue. */
    @Test
    void oneTraceCoversTheRestCallTheRelayAndTheConsumersApply() {
        String name = "rest-traced-" + UUID.randomUUID();
        String eventId = RestAssured.given().post("/test/counted/" + name).then().statusCode(200).extract().asString();
        String traceparent = storedTraceparent(eventId);
        assertThat(traceparent).as("the request's span, stored with the row").isNotNull();
        String traceId = traceparent.split("-")[1];

        List<SpanData> trace = await().atMost(Duration.ofSeconds(20)).until(() -> spans.ofTrace(traceId),
                found -> found.stream().anyMatch(s -> s.getKind() == SpanKind.CONSUMER)
                        && found.stream().anyMatch(s -> s.getKind() == SpanKind.SERVER));
        SpanData server = only(trace, SpanKind.SERVER);
        SpanData publish = only(trace, SpanKind.PRODUCER);
        SpanData process = only(trace, SpanKind.CONSUMER);
        assertThat(server.getName()).isEqualTo("POST /test/counted/{name}");
        assertThat(traceparent).isEqualTo("00-" + traceId + "-" + server.getSpanId() + "-01");
        assertThat(publish.getParentSpanId()).isEqualTo(server.getSpanId());
        assertThat(process.getParentSpanId()).isEqualTo(publish.getSpanId());
    }

    @Test
    void withoutATraceTheEventCarriesNone() throws Exception {
        String name = "untraced-" + UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.fromNow(CountingHandler.TOPIC)) {
            CloudEvent sent = QuarkusTransaction.requiringNew().call(() -> outbox.publish(CountingHandler.TOPIC,
                    CountingHandler.COUNTED, name, "2026", Map.of("name", name, "amount", 1)));
            ConsumerRecord<String, String> record = probe.await(r -> name.equals(r.key()), 1, Duration.ofSeconds(20)).get(0);

            assertThat(sent.traceparent()).isNull();
            assertThat(storedTraceparent(sent.id())).isNull();
            assertThat(mapper.readTree(record.value()).has("traceparent")).isFalse();
            assertThat(header(record, "traceparent")).isEmpty();
        }
    }

    private String storedTraceparent(String eventId) {
        return QuarkusTransaction.requiringNew().call(() ->
                repository.find("eventId", UUID.fromString(eventId)).firstResult().traceparent);
    }

    private static Optional<String> header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return Optional.ofNullable(header).map(h -> new String(h.value(), StandardCharsets.US_ASCII));
    }

    private static SpanData only(List<SpanData> trace, SpanKind kind) {
        List<SpanData> ofKind = trace.stream().filter(s -> s.getKind() == kind).toList();
        assertThat(ofKind).as(kind + " spans of " + trace).hasSize(1);
        return ofKind.get(0);
    }
}
