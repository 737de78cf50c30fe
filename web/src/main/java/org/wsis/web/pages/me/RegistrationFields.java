package org.wsis.web.pages.me;

import org.jboss.resteasy.reactive.RestForm;

/**
 * The registration form as posted: one field per member of the service's RegistrationRequest, same names,
 * so that each violation the service reports lands beside the field it names. A checkbox is present
 * ("true") when ticked and absent otherwise.
 */
public class RegistrationFields {

    @RestForm public String firstName;
    @RestForm public String lastName;
    @RestForm public String email;
    @RestForm public String organisation;
    @RestForm public String jobTitle;
    @RestForm public String country;
    @RestForm public String stakeholderGroup;
    @RestForm public String attendance;
    @RestForm public String visaSupportRequested;
    @RestForm public String nationality;
    @RestForm public String accessibilityNeeds;
    @RestForm public String dataProcessingConsent;

    RegistrationForm toForm() {
        return new RegistrationForm(firstName, lastName, email, organisation, jobTitle, country, stakeholderGroup,
                attendance, ticked(visaSupportRequested), nationality, accessibilityNeeds,
                ticked(dataProcessingConsent));
    }

    private static boolean ticked(String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on"));
    }
}
