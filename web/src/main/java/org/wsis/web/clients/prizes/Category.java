package org.wsis.web.clients.prizes;

/** prizes-service's Category: A WSIS Prizes category: one of the 18 Action Lines. */
public record Category(Integer number,
        String code,
        String title) {
}
