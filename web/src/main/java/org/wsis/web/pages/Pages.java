package org.wsis.web.pages;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.wsis.web.clients.ServiceProblem;
import org.wsis.web.i18n.Languages;

import java.util.Optional;
import java.util.UUID;

/** What every area's pages do alike: read an id from a path, render in the visitor's language, show a refusal. */
public final class Pages {

    private Pages() {
    }

    /** A UUID as the services write it (lower case), or empty for anything a visitor may have typed instead. */
    public static Optional<String> uuid(String text) {
        if (text == null || text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text).toString());
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** The page in the visitor's language, for its message bundles and its labels ({@code label:of}) alike. */
    public static TemplateInstance localized(TemplateInstance page, Languages languages) {
        return page.setLocale(languages.current());
    }

    /**
     * The same page again with the service's status (and its Retry-After for 429/503), the refusal shown on it;
     * a lapsed sign-in (401) and the service's own failures (5xx but 503) go to ErrorPages.
     */
    public static Response refused(ServiceProblem problem, TemplateInstance page) {
        if (problem.status() == 401 || (problem.status() >= 500 && problem.status() != 503)) {
            throw problem;
        }
        Response.ResponseBuilder answer = Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE).entity(page);
        problem.retryAfterSeconds().ifPresent(seconds -> answer.header("Retry-After", seconds));
        return answer.build();
    }
}
