package org.wsis.web.pages.me;

import org.wsis.web.clients.registration.Registration;
import org.wsis.web.clients.registration.RegistrationPatch;
import org.wsis.web.clients.registration.RegistrationRequest;

import java.util.Objects;

/** What the registration (or edit) form shows: the values typed, or those the service holds. */
public record RegistrationForm(String firstName,
        String lastName,
        String email,
        String organisation,
        String jobTitle,
        String country,
        String stakeholderGroup,
        String attendance,
        boolean visaSupportRequested,
        String nationality,
        String accessibilityNeeds,
        boolean dataProcessingConsent) {

    static RegistrationForm empty(String firstName, String lastName, String email) {
        return new RegistrationForm(firstName, lastName, email, null, null, null, null, null, false, null, null,
                false);
    }

    static RegistrationForm of(Registration r) {
        return new RegistrationForm(r.firstName(), r.lastName(), r.email(), r.organisation(), r.jobTitle(),
                r.country(), r.stakeholderGroup(), r.attendance(), Boolean.TRUE.equals(r.visaSupportRequested()),
                r.nationality(), r.accessibilityNeeds(), true);
    }

    RegistrationForm withoutConsent() {
        return new RegistrationForm(firstName, lastName, email, organisation, jobTitle, country, stakeholderGroup,
                attendance, visaSupportRequested, nationality, accessibilityNeeds, false);
    }

    /** The service's RegistrationRequest: texts trimmed, empty ones left out (null), booleans as booleans. */
    RegistrationRequest toRequest() {
        return new RegistrationRequest(text(firstName), text(lastName), text(email), text(organisation),
                text(jobTitle), text(country), text(stakeholderGroup), text(attendance), visaSupportRequested,
                text(nationality), text(accessibilityNeeds), dataProcessingConsent);
    }

    /**
     * Only what changed from the registration the service holds: a changed text as typed (trimmed), an
     * optional text emptied as "" (which clears it), a required text emptied as "" too (so the service says
     * it must not be blank, beside the field). The nationality cannot be cleared, only changed.
     */
    RegistrationPatch toPatch(Registration now) {
        return new RegistrationPatch(
                changed(firstName, now.firstName()),
                changed(lastName, now.lastName()),
                email != null && now.email() != null && email.strip().equalsIgnoreCase(now.email()) ? null
                        : changed(email, now.email()),
                changed(organisation, now.organisation()),
                changed(jobTitle, now.jobTitle()),
                text(country) == null ? null : changed(country, now.country()),
                text(attendance) == null ? null : changed(attendance, now.attendance()),
                visaSupportRequested == Boolean.TRUE.equals(now.visaSupportRequested()) ? null : visaSupportRequested,
                text(nationality) == null ? null : changed(nationality, now.nationality()),
                changed(accessibilityNeeds, now.accessibilityNeeds()));
    }

    static boolean isEmpty(RegistrationPatch patch) {
        return patch.equals(new RegistrationPatch(null, null, null, null, null, null, null, null, null, null));
    }

    private static String changed(String typed, String held) {
        String value = text(typed);
        String before = text(held);
        if (Objects.equals(value, before)) {
            return null;
        }
        return value == null ? "" : value;
    }

    private static String text(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
