package org.wsis.common;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Locale;
import java.util.Optional;

/** Reads database failures: a passing outage, or a constraint the data broke. */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true; // connection exception, or the server shutting down
            }
            if (isSerializationFailure(t)) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                return true; // the pool could not hand out a connection in time (Agroal words it two ways)
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** A serialization failure or a deadlock victim (40001, 40P01): the same transaction succeeds when retried. */
    public static boolean isRetryableConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (isSerializationFailure(t)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static boolean isSerializationFailure(Throwable t) {
        return t instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()));
    }

    /** The name of the unique constraint the failure broke, if it is a unique violation (SQLState 23505). */
    public static Optional<String> uniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation
                    && "23505".equals(violation.getSQLState())) {
                return Optional.ofNullable(violation.getConstraintName()).or(() -> Optional.of(""));
            }
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return Optional.of("");
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the database refused a value the request carried (SQLState class 22: a date out of
     * its range, a NUL character in text, a number too large): the client's mistake, not an outage.
     */
    public static boolean invalidData(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return true;
            }
            if (t instanceof org.hibernate.exception.DataException data && data.getSQLState() != null
                    && data.getSQLState().startsWith("22")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
