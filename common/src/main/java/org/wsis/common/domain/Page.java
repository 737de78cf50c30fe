package org.wsis.common.domain;

import java.util.List;
import java.util.function.Function;

/** One page of a query's results and the total it was cut from; the REST layer chooses the JSON shape. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), page, size, total);
    }
}
