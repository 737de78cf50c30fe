package org.wsis.prizes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.wsis.common.reference.ActionLine;

import java.util.UUID;

/** A nomination among the top of its category when VOTING ended, with its final votes and rank. */
@Entity
@Table(name = "champion")
public class Champion {

    @Id
    @Column(name = "nomination_id")
    public UUID nominationId;

    @Column(nullable = false)
    public int edition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActionLine category;

    @Column(nullable = false)
    public long votes;

    /** 1 for the most votes; tied champions share a rank (1, 2, 2, 4). */
    @Column(nullable = false)
    public int rank;
}
