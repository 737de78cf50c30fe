package org.wsis.registration.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.wsis.registration.RegistrationSettings;

import java.util.Optional;

@ApplicationScoped
public class RegistrationSettingsRepository implements PanacheRepositoryBase<RegistrationSettings, Integer> {

    /**
     * Locks the edition's settings row for the rest of the transaction. Every change that can take
     * or free an in-person seat goes through this lock first, so seat counting is serialised per
     * edition by the database and two parallel requests can never oversell.
     */
    public Optional<RegistrationSettings> lockEdition(int edition) {
        return findByIdOptional(edition, LockModeType.PESSIMISTIC_WRITE);
    }
}
