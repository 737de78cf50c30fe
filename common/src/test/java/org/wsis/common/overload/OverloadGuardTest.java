package org.wsis.common.overload;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shedding at the door and in the worker queue, with this module's tight test settings
 * (application.properties: 4 requests in progress, 1 of them with a large body, 2 worker threads,
 * 300 ms in the queue).
 */
@QuarkusTest
class OverloadGuardTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    HeldRequests held;

    @Inject
    OverloadGuard guard;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterEach
    void letGo() {
        held.open();
    }

    @Test
    void beyondTheLimitRequestsAreRefusedAtOnceAndProbesStillAnswer() throws Exception {
        held.close();
        List<CompletableFuture<HttpResponse<String>>> holding = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            holding.add(send("/test/held"));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> guard.inFlight() == 4);

        long start = System.nanoTime();
        HttpResponse<String> refused = send("/test/held").get();
        assertThat((System.nanoTime() - start) / 1_000_000).as("refused at once, in ms").isLessThan(1_000);
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(refused.body()).contains("\"type\":\"urn:wsis:problem:overloaded\"").contains("\"status\":503");
        assertThat(send("/q/health/live").get().statusCode()).as("liveness is never shed").isEqualTo(200);

        held.open();
        for (CompletableFuture<HttpResponse<String>> answer : holding) {
            HttpResponse<String> response = answer.get();
            assertThat(response.statusCode()).as(response.body()).isIn(200, 503);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> guard.inFlight() == 0);
        assertThat(send("/test/held").get().statusCode()).as("served again once the load is gone").isEqualTo(200);
    }

    @Test
    void aRequestThatWaitedTooLongForAWorkerIsRefusedInsteadOfRun() throws Exception {
        held.close();
        List<CompletableFuture<HttpResponse<String>>> holding = List.of(send("/test/held"), send("/test/held"));
        await().atMost(Duration.ofSeconds(10)).until(() -> held.holding() == 2); // both workers taken
        CompletableFuture<HttpResponse<String>> queued = send("/test/held");
        await().atMost(Duration.ofSeconds(10)).until(() -> guard.inFlight() == 3);
        await().pollDelay(Duration.ofMillis(400)).atMost(Duration.ofSeconds(5)).until(() -> true); // past 300 ms
        held.open();
        HttpResponse<String> late = queued.get();
        assertThat(late.statusCode()).as(late.body()).isEqualTo(503);
        assertThat(late.headers().firstValue("Retry-After")).hasValue("1");
        for (CompletableFuture<HttpResponse<String>> answer : holding) {
            assertThat(answer.get().statusCode()).isEqualTo(200);
        }
    }

    @Test
    void largeBodiesHaveASmallerShareThanTheRest() throws Exception {
        held.close();
        String large = "x".repeat(100 * 1024);
        CompletableFuture<HttpResponse<String>> first = post(large);
        await().atMost(Duration.ofSeconds(10)).until(() -> held.holding() == 1);
        HttpResponse<String> second = post(large).get();
        assertThat(second.statusCode()).as("a second large body while one is in progress").isEqualTo(503);
        assertThat(second.headers().firstValue("Retry-After")).hasValue("1");
        CompletableFuture<HttpResponse<String>> small = post("small");
        await().atMost(Duration.ofSeconds(10)).until(() -> held.holding() == 2); // small bodies still get in
        held.open();
        assertThat(first.get().statusCode()).isEqualTo(200);
        assertThat(small.get().statusCode()).isEqualTo(200);
    }

    private CompletableFuture<HttpResponse<String>> post(String body) {
        return client.sendAsync(HttpRequest.newBuilder(base.resolve("/test/held")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private CompletableFuture<HttpResponse<String>> send(String path) {
        return client.sendAsync(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
