package org.wsis.common.rest;

import java.util.List;
import java.util.function.Function;

/** The contract's list shape: {@code {"items":[...],"page":0,"size":50,"total":N}}. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public <R> PageResponse<R> map(Function<T, R> mapping) {
        return new PageResponse<>(items.stream().map(mapping).toList(), page, size, total);
    }
}
