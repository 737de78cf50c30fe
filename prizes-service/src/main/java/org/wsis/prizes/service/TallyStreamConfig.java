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
     * Open streams per instance at most; beyond, 503. A stream gives back its place among the requests in
     * progress ({@code wsis.overload.max-in-flight}) once it is streaming, so this cap is what bounds the
     * connections and emitters that watchers hold.
     */
    @WithDefault("32")
    int maxSubscribers();
}
