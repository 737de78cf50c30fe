package org.wsis.common.rest;

import org.wsis.common.domain.Page;

import java.util.List;
import java.util.function.Function;

/** The contract's list shape: {@code {"items":[...],"page":0,"size":50,"total":N}}. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    /** The contract's shape of a domain page, each item mapped to its response. */
    public static <T, R> PageResponse<R> of(Page<T> page, Function<T, R> mapping) {
        return new PageResponse<>(page.items().stream().map(mapping).toList(), page.page(), page.size(), page.total());
    }

    public <R> PageResponse<R> map(Function<T, R> mapping) {
        return new PageResponse<>(items.stream().map(mapping).toList(), page, size, total);
    }
}
