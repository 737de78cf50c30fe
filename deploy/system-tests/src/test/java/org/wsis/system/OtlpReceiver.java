package org.wsis.system;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A trace collector for the system tests: OTLP over HTTP ({@code POST /v1/traces}, protobuf), the
 * protocol the services export with when {@code OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf}. It keeps only
 * the spans of the traces a test watches (the tests start their traces themselves, with a sampled
 * {@code traceparent}), decoding the few fields of OTLP's messages they need from the protobuf wire format.
 */
final class OtlpReceiver implements AutoCloseable {

    /** A finished span as a service exported it. */
    record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name, int kind,
                        long startNanos, long endNanos) {

        static final int SERVER = 2;
        static final int PRODUCER = 4;
        static final int CONSUMER = 5;

        double millis() {
            return (endNanos - startNanos) / 1e6;
        }
    }

    private final HttpServer server;
    private final Set<String> watched = ConcurrentHashMap.newKeySet();
    private final Map<String, List<ReceivedSpan>> traces = new ConcurrentHashMap<>();

    OtlpReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/traces", this::receive);
        server.start();
    }

    /** What the services get as OTEL_EXPORTER_OTLP_ENDPOINT. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void watch(String traceId) {
        watched.add(traceId);
    }

    List<ReceivedSpan> trace(String traceId) {
        return List.copyOf(traces.getOrDefault(traceId, List.of()));
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            byte[] request = body.readAllBytes();
            try {
                for (ReceivedSpan span : decode(request)) {
                    if (watched.contains(span.traceId())) {
                        traces.computeIfAbsent(span.traceId(), id -> new CopyOnWriteArrayList<>()).add(span);
                    }
                }
            } catch (RuntimeException e) {
                System.out.println("[otlp] unreadable export: " + e);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1); // an empty ExportTraceServiceResponse
        }
    }

    /** ExportTraceServiceRequest: resource_spans = 1 { resource = 1, scope_spans = 2 { spans = 2 } }. */
    static List<ReceivedSpan> decode(byte[] request) {
        List<ReceivedSpan> spans = new ArrayList<>();
        for (Wire resourceSpans : new Wire(request).messages(1)) {
            String service = null;
            for (Wire resource : resourceSpans.messages(1)) {
                for (Wire attribute : resource.messages(1)) {
                    if ("service.name".equals(attribute.string(1))) {
                        service = attribute.messages(2).get(0).string(1);
                    }
                }
            }
            for (Wire scopeSpans : resourceSpans.messages(2)) {
                for (Wire span : scopeSpans.messages(2)) {
                    spans.add(new ReceivedSpan(service, span.hex(1), span.hex(2), span.hex(4), span.string(5),
                            (int) span.number(6), span.number(7), span.number(8)));
                }
            }
        }
        return spans;
    }

    /** The fields of one protobuf message, by number (the wire format: tag varint, then the value). */
    private static final class Wire {

        private final Map<Integer, List<Object>> fields = new HashMap<>();

        Wire(byte[] bytes) {
            int[] at = {0};
            while (at[0] < bytes.length) {
                long tag = varint(bytes, at);
                int field = (int) (tag >>> 3);
                Object value = switch ((int) (tag & 7)) {
                    case 0 -> varint(bytes, at);
                    case 1 -> fixed(bytes, at, 8);
                    case 5 -> fixed(bytes, at, 4);
                    case 2 -> {
                        int length = (int) varint(bytes, at);
                        byte[] content = Arrays.copyOfRange(bytes, at[0], at[0] + length);
                        at[0] += length;
                        yield content;
                    }
                    default -> throw new IllegalArgumentException("wire type " + (tag & 7));
                };
                fields.computeIfAbsent(field, f -> new ArrayList<>()).add(value);
            }
        }

        List<Wire> messages(int field) {
            return fields.getOrDefault(field, List.of()).stream().map(v -> new Wire((byte[]) v)).toList();
        }

        String string(int field) {
            List<Object> values = fields.get(field);
            return values == null ? null : new String((byte[]) values.get(0), StandardCharsets.UTF_8);
        }

        String hex(int field) {
            List<Object> values = fields.get(field);
            return values == null ? "" : HexFormat.of().formatHex((byte[]) values.get(0));
        }

        long number(int field) {
            List<Object> values = fields.get(field);
            return values == null ? 0 : (Long) values.get(0);
        }

        private static long varint(byte[] bytes, int[] at) {
            long value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[at[0]++];
                value |= (long) (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
        }

        private static long fixed(byte[] bytes, int[] at, int size) {
            long value = 0;
            for (int i = 0; i < size; i++) {
                value |= (bytes[at[0]++] & 0xffL) << (8 * i);
            }
            return value;
        }
    }
}
