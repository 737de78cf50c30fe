package org.wsis.prizes.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code wsis.vote-integrity.*}: the window and thresholds of the vote integrity rule (see VoteIntegrityRule). */
@ConfigMapping(prefix = "wsis.vote-integrity")
public interface VoteIntegrityConfig {

    /** The recent span the signals cover, ending now. */
    @WithDefault("10M")
    Duration window();

    /** A vote comes from a new account when its voter was CONFIRMED less than this before voting. */
    @WithDefault("1H")
    Duration newAccountAge();

    /** Fewer votes in the window are not judged: a handful of votes says nothing. */
    @WithDefault("20")
    int minVotes();

    /** BURST needs at least this many votes within 60 seconds ... */
    @WithDefault("10")
    int burstVotesPerMinute();

    /** ... and at least this many times the median votes per minute of the project's category. */
    @WithDefault("5")
    double burstFactor();

    /** NEW_ACCOUNTS when at least this share of the window's votes came from new accounts. */
    @WithDefault("0.5")
    double newAccountShare();
}
