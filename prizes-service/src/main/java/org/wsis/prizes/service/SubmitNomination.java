package org.wsis.prizes.service;

import org.wsis.common.reference.ActionLine;
import org.wsis.common.reference.StakeholderGroup;

import java.util.List;

/** A project submitted to one prize category, as the proposer gave it (validated at the edge). */
public record SubmitNomination(String title, ActionLine category, String organisation, String country,
                               StakeholderGroup stakeholderGroup, String description, String projectUrl,
                               List<Integer> sdgs) {
}
