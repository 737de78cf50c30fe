package org.wsis.prizes.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.wsis.prizes.PhaseChange;

import java.util.List;

@ApplicationScoped
public class PhaseChangeRepository implements PanacheRepositoryBase<PhaseChange, Long> {

    public List<PhaseChange> history(int edition) {
        return list("edition = ?1 ORDER BY id", edition);
    }
}
