package org.wsis.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wsis.deploy.Service;
import org.wsis.system.OtlpReceiver.ReceivedSpan;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One trace follows a registration across the processes: the REST call to registration-service, its
 * group-commit batch, the outbox relay's publish of participant events, and the apply of each event by
 * prizes-service and sessions-service, each exported by its own service to the stack's collector.
 */
@Order(2)
@ExtendWith(SystemStack.Extension.class)
class TracingAcrossServicesTest {

    private static final int YEAR = 2036;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void oneTraceFollowsARegistrationIntoPrizesAndSessions() throws Exception {
        SystemStack stack = SystemStack.get();
        Edition edition = new Edition(stack, new Api(stack), YEAR);
        edition.openRegistration();
        String traceId = hex(16);
        String callerSpan = hex(8);
        stack.traces().watch(traceId);

        String subject = "traced-" + UUID.randomUUID();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        stack.url(Service.REGISTRATION, edition.path("/registrations")))
                .header("Authorization", "Bearer " + edition.token(subject))
                .header("Content-Type", "application/json")
                .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .POST(HttpRequest.BodyPublishers.ofString(new ObjectMapper().writeValueAsString(
                        Edition.registration(subject, "GOVERNMENT", "REMOTE")))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode registration = new ObjectMapper().readTree(response.body());
        assertThat(registration.path("status").asText()).isEqualTo("CONFIRMED");
        UUID id = UUID.fromString(registration.path("id").asText());

        // each service exports in its own batches: wait for every part, in whatever order they arrive
        List<ReceivedSpan> trace = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> stack.traces().trace(traceId), TracingAcrossServicesTest::complete);

        ReceivedSpan server = trace.stream().filter(s -> s.kind() == ReceivedSpan.SERVER).findFirst().orElseThrow();
        assertThat(server.service()).isEqualTo("registration-service");
        assertThat(server.parentSpanId()).as("the caller's span").isEqualTo(callerSpan);
        List<ReceivedSpan> publishes = trace.stream().filter(s -> s.kind() == ReceivedSpan.PRODUCER).toList();
        assertThat(publishes).isNotEmpty().allSatisfy(publish -> {
            assertThat(publish.service()).isEqualTo("registration-service");
            assertThat(publish.name()).isEqualTo("wsis.participants publish");
            assertThat(ancestors(trace, publish)).as("the relay's publish descends from the REST call")
                    .contains(server.spanId());
        });
        Set<String> publishIds = publishes.stream().map(ReceivedSpan::spanId).collect(Collectors.toSet());
        List<ReceivedSpan> applies = trace.stream().filter(s -> s.kind() == ReceivedSpan.CONSUMER).toList();
        assertThat(applies).allSatisfy(apply -> assertThat(publishIds).as("each apply continues a publish")
                .contains(apply.parentSpanId()));
        assertThat(applies).extracting(ReceivedSpan::name)
                .contains("prizes-service-participants process", "sessions-service.participants process");
        // what the spans say happened, happened: eligible to vote in prizes, known to sessions
        assertThat(Truth.eligible(stack, YEAR)).containsKey(id);
        assertThat(Truth.sessionParticipants(stack, YEAR)).containsKey(id);

        long start = server.startNanos();
        for (ReceivedSpan span : trace.stream().sorted((a, b) -> Long.compare(a.startNanos(), b.startNanos())).toList()) {
            System.out.printf("[trace] %-22s %-42s +%7.1f ms, %6.1f ms%n", span.service(), span.name(),
                    (span.startNanos() - start) / 1e6, span.millis());
        }
    }

    /** The REST call's span, and each consumer's apply with the publish span it continues. */
    private static boolean complete(List<ReceivedSpan> spans) {
        Set<String> publishes = spans.stream().filter(s -> s.kind() == ReceivedSpan.PRODUCER)
                .map(ReceivedSpan::spanId).collect(Collectors.toSet());
        return spans.stream().anyMatch(s -> s.kind() == ReceivedSpan.SERVER)
                && consumers(spans, "prizes-service") > 0 && consumers(spans, "sessions-service") > 0
                && spans.stream().filter(s -> s.kind() == ReceivedSpan.CONSUMER)
                        .allMatch(s -> publishes.contains(s.parentSpanId()));
    }

    private static long consumers(List<ReceivedSpan> spans, String service) {
        return spans.stream().filter(s -> s.kind() == ReceivedSpan.CONSUMER && service.equals(s.service())).count();
    }

    /** The span ids above the span, up to the trace's root, through the spans received. */
    private static List<String> ancestors(List<ReceivedSpan> trace, ReceivedSpan span) {
        List<String> ancestors = new ArrayList<>();
        String parent = span.parentSpanId();
        while (!parent.isEmpty() && !ancestors.contains(parent)) {
            ancestors.add(parent);
            String current = parent;
            parent = trace.stream().filter(s -> s.spanId().equals(current)).map(ReceivedSpan::parentSpanId)
                    .findFirst().orElse("");
        }
        return ancestors;
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
