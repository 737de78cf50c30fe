package org.wsis.prizes.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.wsis.common.reference.ActionLine;
import org.wsis.prizes.Champion;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ChampionRepository implements PanacheRepositoryBase<Champion, UUID> {

    public List<Champion> ofEdition(int edition) {
        return list("edition = ?1 ORDER BY category, rank, nominationId", edition);
    }

    public Optional<Champion> find(int edition, ActionLine category, UUID nominationId) {
        return find("edition = ?1 AND category = ?2 AND nominationId = ?3", edition, category, nominationId)
                .firstResultOptional();
    }
}
