package org.wsis.common;

import io.quarkus.logging.LoggingFilter;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Drops Flyway's "outOfOrder mode is active" warning, logged on every start: out-of-order is on
 * on purpose (common's V0_x migrations may be added after a service's own have run). Only that
 * message: its logger, {@code DbMigrate}, also warns of things worth reading, such as a schema newer
 * than the service's migrations, which a level on the category would hide too.
 */
@LoggingFilter(name = OutOfOrderNoticeFilter.NAME)
public final class OutOfOrderNoticeFilter implements Filter {

    public static final String NAME = "flyway-out-of-order-notice";
    static final String LOGGER = "org.flywaydb.core.internal.command.DbMigrate";
    static final String NOTICE = "outOfOrder mode is active";

    @Override
    public boolean isLoggable(LogRecord record) {
        return !(LOGGER.equals(record.getLoggerName()) && record.getMessage() != null
                && record.getMessage().startsWith(NOTICE));
    }
}
