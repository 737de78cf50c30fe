package org.wsis.registration.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The group commit of new registrations ({@code wsis.registrations.*}). */
@ConfigMapping(prefix = "wsis.registrations")
public interface RegistrationDeskConfig {

    /**
     * Applications waiting for the next batch at most; beyond, one answers 503 at once. At a few hundred
     * registrations per second this is well under a second of work held in memory.
     */
    @WithDefault("200")
    int queueCapacity();

    /** Applications written in one transaction at most. */
    @WithDefault("100")
    int maxBatch();

    /**
     * How long an application may wait for its batch before it answers 503 instead. Longer than the
     * votes' bound ({@code wsis.overload.max-queue-time}): a registration is rarer and worth more to its
     * sender than a vote, and a batch stalled by a pause (a cold JIT, a collection, a broker outage's
     * reconnects) should not turn people away; the queue's size still bounds what waits.
     */
    @WithDefault("1s")
    Duration maxWait();
}
