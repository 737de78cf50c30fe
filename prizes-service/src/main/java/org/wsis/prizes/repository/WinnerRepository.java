package org.wsis.prizes.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.wsis.common.reference.ActionLine;
import org.wsis.prizes.CategoryWinner;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class WinnerRepository implements PanacheRepositoryBase<CategoryWinner, CategoryWinner.Key> {

    public List<CategoryWinner> ofEdition(int edition) {
        return list("edition = ?1 ORDER BY category", edition);
    }

    public Optional<CategoryWinner> find(int edition, ActionLine category) {
        return findByIdOptional(new CategoryWinner.Key(edition, category));
    }
}
