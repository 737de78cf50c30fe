package org.wsis.web.clients.prizes;

import java.util.List;

/** prizes-service's CategoryPage. */
public record CategoryPage(List<Category> items,
        Integer page,
        Integer size,
        Long total) {
}
