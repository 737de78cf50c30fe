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

import org.hibernate.Session;
import org.wsis.common.SqlArrays;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
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

    /** Which of the given subjects and emails (lower case) live registrations of the edition hold already. */
    public record LiveHolders(Set<String> subjects, Set<String> emails) {
    }

    /**
     * The checks of a batch of new registrations in one native statement (HQL with a {@code status IN
     * (list)} parameter is translated again on every call: it was a fifth of the registration path's
     * CPU). The status list is written out so that the partial unique indexes apply.
     */
    public LiveHolders liveHolders(int edition, Collection<String> subjects, Collection<String> emails) {
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT subject, lower(email) FROM registration
                     WHERE edition = ? AND status IN ('PENDING', 'CONFIRMED', 'WAITLISTED')
                       AND (subject = ANY (?::varchar[]) OR lower(email) = ANY (?::varchar[]))""")) {
                select.setInt(1, edition);
                select.setArray(2, SqlArrays.text(connection, subjects));
                select.setArray(3, SqlArrays.text(connection, emails.stream().map(e -> e.toLowerCase(Locale.ROOT))));
                Set<String> heldSubjects = new HashSet<>();
                Set<String> heldEmails = new HashSet<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        heldSubjects.add(rows.getString(1));
                        heldEmails.add(rows.getString(2));
                    }
                }
                return new LiveHolders(heldSubjects, heldEmails);
            }
        });
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
