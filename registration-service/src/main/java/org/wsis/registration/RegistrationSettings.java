package org.wsis.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An edition's registration window and in-person capacity. */
@Entity
@Table(name = "registration_settings")
public class RegistrationSettings {

    @Id
    public int edition;

    @Column(name = "in_person_capacity", nullable = false)
    public int inPersonCapacity;

    @Column(name = "opens_at", nullable = false)
    public Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    public Instant closesAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean isOpenAt(Instant moment) {
        return !moment.isBefore(opensAt) && moment.isBefore(closesAt);
    }
}
