package org.wsis.registration.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.wsis.common.domain.Page;
import org.wsis.registration.Registration;
import org.wsis.registration.RegistrationStatus;
import org.wsis.registration.repository.RegistrationFilter;
import org.wsis.registration.repository.RegistrationRepository;
import org.wsis.registration.repository.RegistrationSettingsRepository;

import java.util.List;
import java.util.Map;

/** Read side: the organisers' search and export, and the public statistics. */
@ApplicationScoped
public class RegistrationQueries {

    private final RegistrationRepository registrations;
    private final RegistrationSettingsRepository settings;

    public RegistrationQueries(RegistrationRepository registrations, RegistrationSettingsRepository settings) {
        this.registrations = registrations;
        this.settings = settings;
    }

    @Transactional
    public Page<Registration> search(int edition, RegistrationFilter filter, int page, int size) {
        var query = registrations.search(edition, filter);
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }

    @Transactional
    public List<Registration> export(int edition, RegistrationFilter filter) {
        return registrations.search(edition, filter).list();
    }

    @Transactional
    public RegistrationStatistics statistics(int edition) {
        Map<String, Long> byStatus = registrations.countBy(edition, "status", false);
        Integer capacity = settings.findByIdOptional(edition).map(s -> s.inPersonCapacity).orElse(null);
        return new RegistrationStatistics(edition,
                byStatus.values().stream().mapToLong(Long::longValue).sum(),
                byStatus,
                registrations.countBy(edition, "stakeholderGroup", true),
                registrations.countBy(edition, "country", true),
                registrations.countBy(edition, "attendance", true),
                capacity,
                registrations.countInPersonSeatsTaken(edition),
                byStatus.getOrDefault(RegistrationStatus.WAITLISTED.name(), 0L));
    }

}
