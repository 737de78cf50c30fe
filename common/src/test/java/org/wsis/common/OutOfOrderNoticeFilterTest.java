package org.wsis.common;

import org.junit.jupiter.api.Test;

import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.assertj.core.api.Assertions.assertThat;

class OutOfOrderNoticeFilterTest {

    private final OutOfOrderNoticeFilter filter = new OutOfOrderNoticeFilter();

    @Test
    void dropsOnlyFlywaysOutOfOrderNotice() {
        assertThat(filter.isLoggable(record(OutOfOrderNoticeFilter.LOGGER,
                "outOfOrder mode is active. Migration of schema \"public\" may not be reproducible."))).isFalse();

        assertThat(filter.isLoggable(record(OutOfOrderNoticeFilter.LOGGER,
                "Schema \"public\" has a version (9) that is newer than the latest available migration (8) !"))).isTrue();
        assertThat(filter.isLoggable(record("org.wsis.common.events.Outbox", "outOfOrder mode is active"))).isTrue();
        assertThat(filter.isLoggable(record(OutOfOrderNoticeFilter.LOGGER, null))).isTrue();
    }

    private static LogRecord record(String logger, String message) {
        LogRecord record = new LogRecord(Level.WARNING, message);
        record.setLoggerName(logger);
        return record;
    }
}
