package org.wsis.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.wsis.common.domain.Refusal;

import java.time.Instant;
import java.util.Optional;

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

    /** A new edition's settings. */
    public static RegistrationSettings of(int edition, int capacity, Instant opensAt, Instant closesAt, Instant now) {
        RegistrationSettings settings = new RegistrationSettings();
        settings.edition = edition;
        settings.change(capacity, opensAt, closesAt, now);
        return settings;
    }

    /** The window must be a real interval; capacity below the seats already given is the caller's check. */
    public void change(int capacity, Instant opens, Instant closes, Instant now) {
        if (!closes.isAfter(opens)) {
            throw Refusal.invalidField("closesAt", "must be after opensAt");
        }
        inPersonCapacity = capacity;
        opensAt = opens;
        closesAt = closes;
        updatedAt = now;
    }

    /** Why a registration at that moment is refused (it is accepted only inside the window); empty inside it. */
    public Optional<Refusal> refusalAt(Instant moment) {
        return isOpenAt(moment) ? Optional.empty() : Optional.of(Refusal.conflict("registration-closed",
                "Registration for edition " + edition + " is open from " + opensAt + " until " + closesAt + "."));
    }

    public boolean isOpenAt(Instant moment) {
        return !moment.isBefore(opensAt) && moment.isBefore(closesAt);
    }
}
