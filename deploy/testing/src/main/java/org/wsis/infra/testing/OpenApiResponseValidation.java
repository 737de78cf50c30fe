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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A RestAssured filter that checks every response a test receives against the OpenAPI document
 * of the service that answered (read once per service from its {@code /q/openapi}), so that the
 * documents are proven by the whole test suite, not only by the tests about them. A response
 * that is not as documented fails the request with the reasons ({@link ServedOpenApi#check}).
 *
 * <p>Requests are not validated: tests send invalid ones on purpose. Quarkus' own endpoints under
 * {@code /q/} (the document itself, health, Swagger UI) are not part of the API and are skipped.
 *
 * <p>A server-sent event stream ({@code text/event-stream}) does not end, so its response is cut after
 * its first event and its connection closed: whoever made the call (a test, the authorization matrix,
 * the fuzzer) gets the status, the headers and that first event as the body, and the server sees the
 * client leave. A test that follows a stream reads it with a client of its own.
 */
public final class OpenApiResponseValidation implements OrderedFilter {

    public static final OpenApiResponseValidation INSTANCE = new OpenApiResponseValidation();

    private final Map<String, ServedOpenApi> documents = new ConcurrentHashMap<>();

    private OpenApiResponseValidation() {
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = firstEventOnly(context.next(request, responseSpec));
        String uri = request.getURI();
        int pathStart = uri.indexOf('/', uri.indexOf("://") + 3);
        String origin = pathStart < 0 ? uri : uri.substring(0, pathStart);
        String path = pathStart < 0 ? "/" : uri.substring(pathStart).replaceFirst("[?#].*", "");
        if (path.startsWith("/q/")) {
            return response;
        }
        List<String> problems = documents.computeIfAbsent(origin, ServedOpenApi::fetch)
                .check(request.getMethod(), path, response);
        if (!problems.isEmpty()) {
            throw new AssertionError("Response not as the OpenAPI document says: " + request.getMethod() + " " + path
                    + " -> " + response.statusCode() + " " + response.contentType() + "\n  " + String.join("\n  ", problems)
                    + "\n  body: " + abbreviate(response.asString()));
        }
        return response;
    }

    /** After any filter a test adds itself, so that the response checked is the one the test sees. */
    @Override
    public int getOrder() {
        return OrderedFilter.HIGHEST_PRECEDENCE;
    }

    private static final Duration FIRST_EVENT_WITHIN = Duration.ofSeconds(10);
    private static final int MAX_EVENT_BYTES = 4 * 1024 * 1024;

    /** The response as it is, unless it is an event stream: then its first event, and the connection closed. */
    private static Response firstEventOnly(Response response) {
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

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "…";
    }
}
