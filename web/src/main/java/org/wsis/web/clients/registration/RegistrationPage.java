package org.wsis.web.clients.registration;

import java.util.List;

/** registration-service's RegistrationPage. */
public record RegistrationPage(List<Registration> items,
        Integer page,
        Integer size,
        Long total) {
}
