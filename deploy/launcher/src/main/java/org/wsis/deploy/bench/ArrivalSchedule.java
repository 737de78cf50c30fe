package org.wsis.deploy.bench;

/**
 * When each request of an open-model run is due: request {@code i} at {@code i / perSecond} seconds
 * after the start, whatever happened to the requests before it. Latency counts from this due time,
 * so a server that falls behind shows its queue instead of slowing the load down.
 */
record ArrivalSchedule(double perSecond, int count) {

    ArrivalSchedule {
        if (!(perSecond > 0) || count < 0) {
            throw new IllegalArgumentException("a schedule needs a positive rate and a count >= 0");
        }
    }

    /** Nanoseconds from the start at which request {@code index} is due. */
    long dueNanos(int index) {
        return (long) (index * 1e9 / perSecond);
    }

    /** How many requests are due by {@code elapsedNanos} after the start (request 0 is due at once). */
    int dueBy(long elapsedNanos) {
        if (elapsedNanos < 0 || count == 0) {
            return 0;
        }
        long estimate = Math.min(count, (long) Math.floor(elapsedNanos * perSecond / 1e9) + 1);
        int due = (int) Math.max(1, estimate);
        while (due < count && dueNanos(due) <= elapsedNanos) {
            due++; // the estimate's rounding fell short of a request whose due time has come
        }
        while (due > 1 && dueNanos(due - 1) > elapsedNanos) {
            due--; // ... or counted one that is not due yet
        }
        return due;
    }

    /** Nanoseconds from the start to the last request's due time: the window in which load is offered. */
    long offeringNanos() {
        return count == 0 ? 0 : dueNanos(count - 1);
    }
}
