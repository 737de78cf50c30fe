package org.wsis.common;

import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures are a passing outage (503 with Retry-After) and which are not. */
class DatabaseFailuresTest {

    @Test
    void poolTimeoutsAreTransientWhicheverWayAgroalWordsThem() {
        // the wording Agroal uses while a new connection is being made, and while waiting for a returned one
        assertThat(DatabaseFailures.isTransient(new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Acquisition timeout while waiting for new connection")))).isTrue();
        assertThat(DatabaseFailures.isTransient(new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!")))).isTrue();
    }

    @Test
    void connectionLossDeadlocksAndShutdownAreTransient() {
        assertThat(DatabaseFailures.isTransient(new SQLException("refused", "08001"))).isTrue();
        assertThat(DatabaseFailures.isTransient(new SQLException("deadlock detected", "40P01"))).isTrue();
        assertThat(DatabaseFailures.isTransient(new SQLException("admin shutdown", "57P01"))).isTrue();
    }

    @Test
    void brokenConstraintsAndBadValuesAreNot() {
        SQLException unique = new SQLException("duplicate key", "23505");
        assertThat(DatabaseFailures.isTransient(unique)).isFalse();
        assertThat(DatabaseFailures.uniqueViolation(unique)).isPresent();
        SQLException badDate = new SQLException("date out of range", "22008");
        assertThat(DatabaseFailures.isTransient(badDate)).isFalse();
        assertThat(DatabaseFailures.invalidData(badDate)).isTrue();
    }
}
