package org.wsis.infra.testing;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A RestAssured filter that checks every response a test receives against the OpenAPI document
 * of the service that answered (read once per service from its {@code /q/openapi}), so that the
 * documents are proven by the whole test suite, not only by the tests about them. A response
 * that is not as documented fails the request with the reasons ({@link ServedOpenApi#check}).
 *
 * <p>Requests are not validated: tests send invalid ones on purpose. Quarkus' own endpoints under
 * {@code /q/} (the document itself, health, Swagger UI) are not part of the API and are skipped.
 * A server-sent event stream arrives here already cut after its first event ({@link EventStreamCut}).
 */
public final class OpenApiResponseValidation implements OrderedFilter {

    public static final OpenApiResponseValidation INSTANCE = new OpenApiResponseValidation();

    private final Map<String, ServedOpenApi> documents = new ConcurrentHashMap<>();

    private OpenApiResponseValidation() {
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(request, responseSpec);
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

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "…";
    }
}
