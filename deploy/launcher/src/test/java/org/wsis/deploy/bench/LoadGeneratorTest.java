package org.wsis.deploy.bench;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wsis.infra.Ports;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared load generator against a local HTTP server: answers with their body, timeouts, refusals. */
class LoadGeneratorTest {

    private HttpServer server;
    /** Holds every /slow answer until the test is over: the generator's timeout fires first. */
    private final java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/votes", exchange -> {
            byte[] body = ("{\"id\":\"got " + new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8).replace("\"", "'") + " " + exchange.getRequestHeaders()
                    .getFirst("Authorization") + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(201, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/slow", exchange -> {
            try {
                released.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        released.countDown();
        server.stop(0);
    }

    @Test
    void handsOverTheStatusAndTheWholeBody() throws Exception {
        try (LoadGenerator generator = new LoadGenerator(new LoadGenerator.Limits(2, 10, 1_000, 1_000))) {
            PreparedRequest vote = PreparedRequest.json("POST", server.getAddress().getPort(), "/votes", "T",
                    Map.of("nominationId", "n1"));

            Object[] answer = send(generator, vote);

            assertThat(answer[0]).isEqualTo(201);
            assertThat(answer[1]).isEqualTo("{\"id\":\"got {'nominationId':'n1'} Bearer T\"}");
            assertThat((Long) answer[2]).isNotNegative();
            assertThat(Outcome.of((Integer) answer[0])).isEqualTo(Outcome.SUCCESS);
        }
    }

    @Test
    void noAnswerInTimeIsATimeout() throws Exception {
        try (LoadGenerator generator = new LoadGenerator(new LoadGenerator.Limits(1, 10, 1_000, 300))) {
            Object[] answer = send(generator, PreparedRequest.get(server.getAddress().getPort(), "/slow", "*/*"));

            assertThat(answer[0]).isEqualTo(Outcome.TIMEOUT_CODE);
            assertThat(answer[1]).isNull();
            assertThat(answer[2]).isEqualTo(-1L);
        }
    }

    @Test
    void aRefusedConnectionIsNotSent() throws Exception {
        try (LoadGenerator generator = new LoadGenerator(LoadGenerator.Limits.bench(1))) {
            Object[] answer = send(generator, PreparedRequest.get(Ports.free(), "/", "*/*"));

            // nothing listens: the request never left, so it was not written (a client may send it elsewhere)
            assertThat(answer[0]).isEqualTo(Outcome.NOT_SENT_CODE);
        }
    }

    @Test
    void theBenchLimitsAreTheDocumentedOnes() {
        assertThat(LoadGenerator.Limits.bench(64))
                .isEqualTo(new LoadGenerator.Limits(64, 64 * 16, 1_000, 10_000));
    }

    private static Object[] send(LoadGenerator generator, PreparedRequest request) throws Exception {
        CompletableFuture<Object[]> done = new CompletableFuture<>();
        generator.onLoop(() -> generator.send(request,
                (code, body, micros) -> done.complete(new Object[] {code, body, micros})));
        return done.get(10, TimeUnit.SECONDS);
    }
}
