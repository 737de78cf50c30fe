package org.wsis.common.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the event backbone ({@code wsis.events.*}). */
@ConfigMapping(prefix = "wsis.events")
public interface EventsConfig {

    /** The CloudEvents {@code source} of this service, e.g. {@code /registration-service}. */
    String source();

    Outbox outbox();

    Inbox inbox();

    interface Outbox {
        /** Whether this instance runs a relay; the outbox is always written. */
        @WithDefault("true")
        boolean relayEnabled();

        /**
         * Kafka transactional id of the relay. Instances of one service share it: a new relay fences
         * a stale one, and an interrupted batch is aborted instead of being half visible. Only the
         * leading instance's relay has a producer ({@link OutboxRelay}).
         */
        @WithDefault("${quarkus.application.name}-outbox-relay")
        String transactionalId();

        /** Rows sent to Kafka per relay round (one Kafka transaction). */
        @WithDefault("500")
        int batchSize();

        /**
         * How often the leading relay looks for rows no commit in its instance woke it for: those of the
         * other instances (whose relays stand by), and those left by a restart. One query on the partial
         * index of pending rows (empty when all is sent), so 10 a second cost next to nothing and another
         * instance's events wait 50 ms on average. Also how often a standing-by relay tries to take the
         * lead, and how often the leader checks its session.
         */
        @WithDefault("100ms")
        Duration pollInterval();

        /**
         * How long the relay waits after a commit woke it before it reads the batch, so that commits
         * arriving meanwhile share one Kafka transaction. A full batch is followed at once, without it.
         */
        @WithDefault("5ms")
        Duration linger();

        @WithDefault("100ms")
        Duration initialBackoff();

        @WithDefault("5s")
        Duration maxBackoff();

        /** How long sent rows are kept for inspection before they are deleted. */
        @WithDefault("P7D")
        Duration retention();
    }

    interface Inbox {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("500")
        int maxPollRecords();

        /** Attempts at one record before it is parked. */
        @WithDefault("3")
        int attempts();

        @WithDefault("200ms")
        Duration initialBackoff();

        @WithDefault("10s")
        Duration maxBackoff();
    }
}
