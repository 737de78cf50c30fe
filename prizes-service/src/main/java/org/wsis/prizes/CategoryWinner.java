package org.wsis.prizes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.wsis.common.reference.ActionLine;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The winner a reviewer chose among a category's champions. */
@Entity
@Table(name = "category_winner")
@IdClass(CategoryWinner.Key.class)
public class CategoryWinner {

    @Id
    public int edition;

    @Id
    @Enumerated(EnumType.STRING)
    public ActionLine category;

    @Column(name = "nomination_id", nullable = false)
    public UUID nominationId;

    @Column(name = "chosen_by", nullable = false)
    public String chosenBy;

    @Column(name = "chosen_at", nullable = false)
    public Instant chosenAt;

    /** The composite id (edition, category). */
    public static class Key implements Serializable {
        public int edition;
        public ActionLine category;

        public Key() {
        }

        public Key(int edition, ActionLine category) {
            this.edition = edition;
            this.category = category;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.edition == edition && key.category == category;
        }

        @Override
        public int hashCode() {
            return Objects.hash(edition, category);
        }
    }
}
