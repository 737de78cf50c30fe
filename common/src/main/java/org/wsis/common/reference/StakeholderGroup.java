package org.wsis.common.reference;

/** The WSIS stakeholder groups. */
public enum StakeholderGroup {
    GOVERNMENT,
    PRIVATE_SECTOR,
    CIVIL_SOCIETY,
    ACADEMIA,
    INTERNATIONAL_ORGANIZATION,
    TECHNICAL_COMMUNITY,
    MEDIA
}
