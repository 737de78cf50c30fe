package org.wsis.sessions;

public enum ProposalStatus {
    SUBMITTED,
    ACCEPTED,
    REJECTED
}
