package org.wsis.prizes.repository;

import org.wsis.common.reference.ActionLine;
import org.wsis.prizes.NominationStatus;

/**
 * What a nomination search may return. {@code everything} for organisers and reviewers; otherwise
 * the NOMINATED ones when {@code nominatedArePublic}, plus those proposed by {@code proposer}.
 */
public record NominationFilter(ActionLine category, NominationStatus status, boolean everything,
                               boolean nominatedArePublic, String proposer) {
}
