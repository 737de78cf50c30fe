package org.wsis.prizes.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The group commit of votes ({@code wsis.votes.*}). */
@ConfigMapping(prefix = "wsis.votes")
public interface BallotBoxConfig {

    /**
     * Votes waiting for the next batch at most; beyond, a vote answers 503 at once. At about 2,000
     * votes/s this is a quarter of a second of work: a vote never waits longer than that in memory.
     */
    @WithDefault("500")
    int queueCapacity();

    /** Votes written in one transaction at most. */
    @WithDefault("250")
    int maxBatch();
}
