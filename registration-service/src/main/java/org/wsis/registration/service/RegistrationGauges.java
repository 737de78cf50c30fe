package org.wsis.registration.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import org.wsis.common.observability.Sampled;
import org.wsis.registration.RegistrationStatus;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** {@code wsis.registrations{status}}: registrations of every edition in each status, sampled. */
@ApplicationScoped
public class RegistrationGauges implements Sampled {

    private final Map<RegistrationStatus, Long> counts = new EnumMap<>(RegistrationStatus.class);

    public RegistrationGauges(MeterRegistry registry) {
        for (RegistrationStatus status : RegistrationStatus.values()) {
            counts.put(status, 0L);
            Gauge.builder("wsis.registrations", this, g -> g.count(status)).tag("status", status.name())
                    .description("Registrations in this status (all editions)").register(registry);
        }
    }

    @Override
    public void sample() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager()
                .createNativeQuery("SELECT status, count(*) FROM registration GROUP BY status").getResultList();
        Map<RegistrationStatus, Long> fresh = new EnumMap<>(RegistrationStatus.class);
        rows.forEach(row -> fresh.put(RegistrationStatus.valueOf((String) row[0]), ((Number) row[1]).longValue()));
        synchronized (counts) {
            counts.replaceAll((status, old) -> fresh.getOrDefault(status, 0L));
        }
    }

    private double count(RegistrationStatus status) {
        synchronized (counts) {
            return counts.get(status);
        }
    }
}
