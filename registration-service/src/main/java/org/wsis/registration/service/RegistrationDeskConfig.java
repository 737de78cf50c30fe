package org.wsis.registration.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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
}
