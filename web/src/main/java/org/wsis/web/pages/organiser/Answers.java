package org.wsis.web.pages.organiser;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.wsis.web.clients.ServiceProblem;
import org.wsis.web.i18n.Languages;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Small helpers shared by the organisers' pages. */
final class Answers {

    private Answers() {
    }

    /**
     * The page in the visitor's language. (PageLocale, a TemplateInstance.Initializer bean, is not applied by
     * this Quarkus version, so message bundles would follow Accept-Language only and ignore the chosen
     * language; setting the locale here makes these pages follow the choice either way.)
     */
    static TemplateInstance localized(TemplateInstance page, Languages languages) {
        return page.setLocale(languages.current());
    }

    /** A page re-rendered with a service's refusal, under the status the service gave (502 for its failures). */
    static Response refused(ServiceProblem problem, TemplateInstance page) {
        int status = problem.status();
        Response.ResponseBuilder answer = Response.status(status >= 500 && status != 503 ? 502 : status)
                .type(MediaType.TEXT_HTML_TYPE).entity(page);
        problem.retryAfterSeconds().ifPresent(seconds -> answer.header("Retry-After", seconds));
        return answer.build();
    }

    /**
     * A refusal about the visitor rather than the form (sign in again, not allowed) goes to the error pages;
     * any other is shown on the form.
     */
    static ServiceProblem aboutTheForm(ServiceProblem problem) {
        if (problem.status() == 401 || problem.status() == 403) {
            throw problem;
        }
        return problem;
    }

    /** A refusal of this site's own (a value no form offers), shown like a service's. */
    static ServiceProblem invalid(String field, String message) {
        return new ServiceProblem(400, "Bad Request", message, List.of(new ServiceProblem.Violation(field, message)),
                List.of(), null);
    }

    static boolean isUuid(String id) {
        if (id == null || id.length() != 36) {
            return false;
        }
        try {
            UUID.fromString(id);
            return true;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static Map<String, String> errorsOf(ServiceProblem problem) {
        return problem == null ? Map.of() : problem.fieldMessages();
    }
}
