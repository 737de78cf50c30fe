package org.wsis.infra.testing;

import io.restassured.builder.ResponseBuilder;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.internal.RestAssuredResponseOptionsImpl;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import org.apache.http.conn.ClientConnectionManager;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A RestAssured filter that cuts a server-sent event stream ({@code text/event-stream}) after its first
 * event and closes its connection: such a stream never ends, and whatever reads a response body whole
 * (the {@link OpenApiResponseValidation} check, RestAssured's log of a failed request, a test's
 * {@code asString()}, the authorization matrix, the fuzzer) would wait for ever. Whoever made the call gets
 * the status, the headers and the first event as the body, and the server sees the client leave. A test
 * that follows a stream reads it with a client of its own. Any other response passes untouched.
 *
 * <p>It runs last, right at the request ({@link #getOrder()}), so that every other filter sees the cut response.
 */
public final class EventStreamCut implements OrderedFilter {

    public static final EventStreamCut INSTANCE = new EventStreamCut();

    private static final Duration FIRST_EVENT_WITHIN = Duration.ofSeconds(10);
    private static final int MAX_EVENT_BYTES = 4 * 1024 * 1024;

    private EventStreamCut() {
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(request, responseSpec);
        String type = response.contentType() == null ? "" : response.contentType().toLowerCase();
        if (!type.startsWith("text/event-stream") || !(response instanceof RestAssuredResponseOptionsImpl<?> streamed)
                || !streamed.isInputStream()) {
            return response;
        }
        InputStream body = response.asInputStream();
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> readFirstEvent(body), runnable -> {
            Thread reader = new Thread(runnable, "first-event");
            reader.setDaemon(true);
            reader.start();
        });
        try {
            String event = first.get(FIRST_EVENT_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
            return new ResponseBuilder().clone(response).setBody(event).build();
        } catch (TimeoutException e) {
            throw new AssertionError("event stream sent no event within " + FIRST_EVENT_WITHIN.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new AssertionError("event stream broke before its first event: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            // closing the body would drain it, for ever; shutting the request's own connection manager
            // (RestAssured makes one per request) closes the socket, which also ends a blocked read
            if (streamed.getConnectionManager() instanceof ClientConnectionManager connection) {
                connection.shutdown();
            }
        }
    }

    /** Up to the blank line that ends the first event with data (comments and empty events come before it). */
    private static String readFirstEvent(InputStream body) {
        ByteArrayOutputStream event = new ByteArrayOutputStream();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean data = false;
        try {
            for (int b = body.read(); b >= 0 && event.size() < MAX_EVENT_BYTES; b = body.read()) {
                event.write(b);
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                String text = line.toString(StandardCharsets.UTF_8).replace("\r", "");
                line.reset();
                data |= text.startsWith("data:");
                if (text.isEmpty() && data) {
                    break;
                }
            }
            return event.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** After every other filter, RestAssured's own logging included: nearest to the request. */
    @Override
    public int getOrder() {
        return OrderedFilter.LOWEST_PRECEDENCE;
    }
}
