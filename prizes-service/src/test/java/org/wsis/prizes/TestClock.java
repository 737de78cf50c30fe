package org.wsis.prizes;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in this module's tests (it replaces the default system clock): the
 * system time, unless a test stops it at an instant to place votes in time exactly.
 */
@Singleton
public class TestClock extends Clock {

    private volatile Instant stoppedAt;

    /** From now on, until {@link #release()}, the time is {@code instant}. */
    public void stopAt(Instant instant) {
        stoppedAt = instant;
    }

    public void release() {
        stoppedAt = null;
    }

    @Override
    public Instant instant() {
        Instant stopped = stoppedAt;
        return stopped != null ? stopped : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the services read UTC instants only");
    }
}
