package org.wsis.prizes;

public enum NominationStatus {
    /** Awaiting review. */
    SUBMITTED,
    /** Accepted by a reviewer: on the ballot. */
    NOMINATED,
    REJECTED
}
