package org.wsis.web.pages.reviewer;

import org.wsis.web.clients.ServiceProblem;

import java.util.List;
import java.util.Map;

/**
 * The reviewers' page: the contest's phase and what happens in it; during REVIEW the projects to review,
 * category by category, each with its Nominate / Reject form.
 *
 * @param phase    the contest's phase, null when no contest is open for the edition
 * @param groups   the SUBMITTED projects by category (REVIEW only)
 * @param failedId the project whose form the service refused, else null
 * @param reason   the reason typed in that form
 * @param errors   field → message for that form ({@code decision}, {@code reason})
 */
public record ReviewView(String phase,
                         List<CategoryGroup> groups,
                         int toReview,
                         String notice,
                         ServiceProblem problem,
                         String failedId,
                         String reason,
                         Map<String, String> errors) {

    public String error(String field) {
        return errors == null ? null : errors.get(field);
    }

    public record CategoryGroup(String code, List<Project> nominations) {
    }

    /** A submitted project as a reviewer reads it; {@code linkable} only for http(s) addresses. */
    public record Project(String id, String title, String organisation, String country, String stakeholderGroup,
                          String description, String projectUrl, boolean linkable, String sdgs) {
    }
}
