package org.wsis.web.pages.me;

import org.wsis.web.clients.ServiceProblem;

import java.util.List;
import java.util.Map;

/**
 * The registration form (editing = false) or the form that changes one (editing = true; the stakeholder
 * group is then shown, not asked, and there is no consent to give again).
 *
 * @param errors  the service's messages by JSON field name, shown beside the fields
 * @param problem what the service said about the form as a whole, or null
 * @param notice  a status line above the form (e.g. after an erasure), or null
 */
public record FormView(boolean editing,
                       RegistrationForm form,
                       Map<String, String> errors,
                       ServiceProblem problem,
                       List<Option> countries,
                       List<String> stakeholderGroups,
                       List<String> attendances,
                       String notice) {

    static final List<String> STAKEHOLDER_GROUPS = List.of("GOVERNMENT", "PRIVATE_SECTOR", "CIVIL_SOCIETY",
            "ACADEMIA", "INTERNATIONAL_ORGANIZATION", "TECHNICAL_COMMUNITY", "MEDIA");
    static final List<String> ATTENDANCES = List.of("IN_PERSON", "REMOTE");

    public String error(String field) {
        return errors.get(field);
    }
}
