package org.wsis.common.events;

import java.time.Duration;

/** The application's event settings with another relay poll interval or linger, for relays a test builds by hand. */
final class RelaySettings {

    private RelaySettings() {
    }

    static EventsConfig withPollInterval(EventsConfig config, Duration pollInterval) {
        return with(config, pollInterval, config.outbox().linger());
    }

    static EventsConfig with(EventsConfig config, Duration pollInterval, Duration linger) {
        EventsConfig.Outbox outbox = config.outbox();
        EventsConfig.Outbox polling = new EventsConfig.Outbox() {
            @Override
            public boolean relayEnabled() {
                return true;
            }

            @Override
            public String transactionalId() {
                return outbox.transactionalId();
            }

            @Override
            public int batchSize() {
                return outbox.batchSize();
            }

            @Override
            public Duration pollInterval() {
                return pollInterval;
            }

            @Override
            public Duration linger() {
                return linger;
            }

            @Override
            public Duration initialBackoff() {
                return outbox.initialBackoff();
            }

            @Override
            public Duration maxBackoff() {
                return outbox.maxBackoff();
            }

            @Override
            public Duration retention() {
                return outbox.retention();
            }
        };
        return new EventsConfig() {
            @Override
            public String source() {
                return config.source();
            }

            @Override
            public Outbox outbox() {
                return polling;
            }

            @Override
            public Inbox inbox() {
                return config.inbox();
            }
        };
    }
}
