package org.wsis.sessions.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.wsis.sessions.Venue;

@ApplicationScoped
public class VenueRepository implements PanacheRepositoryBase<Venue, Integer> {
}
