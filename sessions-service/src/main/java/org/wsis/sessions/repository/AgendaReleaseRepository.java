package org.wsis.sessions.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.wsis.sessions.AgendaRelease;

import java.util.Optional;

@ApplicationScoped
public class AgendaReleaseRepository implements PanacheRepositoryBase<AgendaRelease, AgendaRelease.Key> {

    public Optional<AgendaRelease> latest(int edition) {
        return find("key.edition = ?1 order by key.version desc", edition).firstResultOptional();
    }
}
