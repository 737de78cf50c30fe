package org.wsis.registration.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.wsis.registration.Attendance;
import org.wsis.registration.Registration;
import org.wsis.registration.RegistrationStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class RegistrationRepository implements PanacheRepositoryBase<Registration, UUID> {

    public Optional<Registration> findInEdition(int edition, UUID id) {
        return find("id = ?1 AND edition = ?2", id, edition).firstResultOptional();
    }

    public Optional<Registration> lockInEdition(int edition, UUID id) {
        return find("id = ?1 AND edition = ?2", id, edition).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** The person's latest registration for the edition (a live one if any). */
    public Optional<Registration> findLatestBySubject(int edition, String subject) {
        return find("edition = ?1 AND subject = ?2 ORDER BY createdAt DESC", edition, subject).firstResultOptional();
    }

    /** Whether a live registration of the edition holds the subject, the email (case-insensitively), or both. */
    public record LiveHolders(boolean subject, boolean email) {
    }

    /**
     * Both checks of a new registration in one native statement: an HQL {@code status IN (list)} is
     * translated again on every call (it was a fifth of the registration path's CPU). The status list is
     * written out so that the partial unique indexes apply.
     */
    public LiveHolders liveHolders(int edition, String subject, String email) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                        SELECT coalesce(bool_or(subject = ?2), false), coalesce(bool_or(lower(email) = lower(?3)), false)
                          FROM registration
                         WHERE edition = ?1 AND status IN ('PENDING', 'CONFIRMED', 'WAITLISTED')
                           AND (subject = ?2 OR lower(email) = lower(?3))""")
                .setParameter(1, edition)
                .setParameter(2, subject)
                .setParameter(3, email)
                .getSingleResult();
        return new LiveHolders((Boolean) row[0], (Boolean) row[1]);
    }

    public boolean liveExistsForEmail(int edition, String email, UUID except) {
        return count("edition = ?1 AND lower(email) = lower(?2) AND status IN ?3 AND id <> ?4",
                edition, email, RegistrationStatus.LIVE, except) > 0;
    }

    public long countInPersonSeatsTaken(int edition) {
        return count("edition = ?1 AND status = ?2 AND attendance = ?3",
                edition, RegistrationStatus.CONFIRMED, Attendance.IN_PERSON);
    }

    /** The earliest waitlisted registrations, oldest first. */
    public List<Registration> oldestWaitlisted(int edition, int limit) {
        return find("edition = ?1 AND status = ?2 ORDER BY waitlistPosition", edition, RegistrationStatus.WAITLISTED)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .page(0, limit).list();
    }

    public long nextWaitlistPosition() {
        return ((Number) getEntityManager().createNativeQuery("SELECT nextval('waitlist_position_seq')")
                .getSingleResult()).longValue();
    }

    public PanacheQuery<Registration> search(int edition, RegistrationFilter filter) {
        List<String> conditions = new ArrayList<>(List.of("edition = :edition"));
        Parameters parameters = Parameters.with("edition", edition);
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.stakeholderGroup() != null) {
            conditions.add("stakeholderGroup = :group");
            parameters.and("group", filter.stakeholderGroup());
        }
        if (filter.country() != null) {
            conditions.add("country = :country");
            parameters.and("country", filter.country());
        }
        if (filter.attendance() != null) {
            conditions.add("attendance = :attendance");
            parameters.and("attendance", filter.attendance());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("(lower(firstName) LIKE :text ESCAPE '\\' OR lower(lastName) LIKE :text ESCAPE '\\'"
                    + " OR lower(email) LIKE :text ESCAPE '\\' OR lower(organisation) LIKE :text ESCAPE '\\')");
            parameters.and("text", "%" + escapeLike(filter.text().trim().toLowerCase()) + "%");
        }
        return find(String.join(" AND ", conditions), Sort.by("createdAt").and("id"), parameters);
    }

    /** Counts per value of one column, for the public statistics. */
    public Map<String, Long> countBy(int edition, String column, boolean liveOnly) {
        String where = "edition = ?1" + (liveOnly ? " AND status IN ?2" : "");
        var query = getEntityManager().createQuery(
                "SELECT " + column + ", count(*) FROM Registration WHERE " + where
                        + " AND " + column + " IS NOT NULL GROUP BY " + column, Object[].class);
        query.setParameter(1, edition);
        if (liveOnly) {
            query.setParameter(2, RegistrationStatus.LIVE);
        }
        return query.getResultList().stream().collect(Collectors.toMap(
                row -> String.valueOf(row[0]), row -> ((Number) row[1]).longValue(), Long::sum, java.util.TreeMap::new));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
