package org.wsis.prizes.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The live tally streams ({@code wsis.tallies.stream.*}, see {@link TallyBroadcaster}). */
@ConfigMapping(prefix = "wsis.tallies.stream")
public interface TallyStreamConfig {

    /**
     * How often each watched edition is checked for a change, so the most often a stream sends: one
     * small query per watched edition each time, however many watch it and however many votes arrive.
     */
    @WithDefault("1s")
    Duration interval();

    /**
     * Without a change the last tallies are sent again after this long, so that proxies (ingress-nginx
     * closes a connection silent for 60 s) and clients see the stream is alive. Read from memory.
     */
    @WithDefault("15s")
    Duration heartbeat();

    /**
     * Open streams per instance at most; beyond, 503. Each holds one of the requests in progress that
     * {@code wsis.overload.max-in-flight} bounds for as long as it is open, so without this cap watchers
     * could take the places votes need.
     */
    @WithDefault("32")
    int maxSubscribers();
}
