package org.wsis.registration;

public enum Attendance {
    IN_PERSON,
    REMOTE
}
