package org.wsis.common.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;
import java.util.Optional;

/**
 * A body over {@code quarkus.http.limits.max-body-size} answers 413 problem details, where the HTTP
 * layer would answer an empty 413: a declared Content-Length is judged before anything is read, and
 * an HTTP/1.1 chunked body is counted as it arrives by Vert.x' body handler, from whose
 * buffer RESTEasy then reads. Runs before Quarkus' own check (route order -2), which stays as a backstop.
 */
@ApplicationScoped
public class BodyLimit {

    private final ProblemResponses problems;
    private final Optional<MemorySize> limit;

    public BodyLimit(ProblemResponses problems,
                     @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit) {
        this.problems = problems;
        this.limit = limit;
    }

    void install(@Observes Router router) {
        if (limit.isEmpty()) {
            return;
        }
        long max = limit.get().asLongValue();
        BodyHandler counting = BodyHandler.create(false).setBodyLimit(max);
        router.route().order(-3).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length == null && "chunked".equalsIgnoreCase(context.request().getHeader("Transfer-Encoding"))) {
                // HTTP/1.1 only: an HTTP/2 request without a length may have no body at all, and one the
                // body handler read to its end can no longer be paused by RESTEasy (Quarkus' own
                // check still bounds it)
                counting.handle(context); // fails the context with 413 past the limit
            } else if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > max) {
                refuse(context, max);
            } else {
                context.next();
            }
        });
        router.route().order(-3).failureHandler(context -> {
            if (context.statusCode() == 413 && !context.response().ended()) {
                refuse(context, max);
            } else {
                context.next();
            }
        });
    }

    private void refuse(RoutingContext context, long max) {
        // the rest of the body is never read: close the connection once the answer is out, as Quarkus does
        context.response().endHandler(ended -> context.request().connection().close());
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .end(problems.body(413, "payload-too-large", "Payload too large",
                        "The request body is larger than " + max / 1024 + " KiB.", null, Map.of()));
    }
}
