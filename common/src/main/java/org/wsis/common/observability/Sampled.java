package org.wsis.common.observability;

/**
 * Gauges refreshed from the database by the {@link Sampler}: a bean implementing it is called every
 * sample interval inside a transaction of its own, so a scrape never waits for a query.
 */
public interface Sampled {

    /** Reads what the gauges show; a failure is logged and the previous values stay. */
    void sample();
}
