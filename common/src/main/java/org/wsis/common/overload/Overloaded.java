package org.wsis.common.overload;

/**
 * Work refused because a bounded queue of this instance is full: answered 503 with Retry-After
 * ({@link OverloadMapper}), never queued without end.
 */
public class Overloaded extends RuntimeException {

    public Overloaded(String what) {
        super(what, null, false, false);
    }
}
