package org.wsis.web.pages.organiser;

import org.wsis.web.clients.ServiceProblem;

import java.util.List;
import java.util.Map;

/** Small helpers shared by the organisers' pages. */
final class Answers {

    private Answers() {
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

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static Map<String, String> errorsOf(ServiceProblem problem) {
        return problem == null ? Map.of() : problem.fieldMessages();
    }
}
