package org.wsis.sessions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.wsis.common.domain.Refusal;
import org.wsis.sessions.Venue;
import org.wsis.sessions.repository.VenueRepository;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;

@ApplicationScoped
public class VenueService {

    private final VenueRepository venues;
    private final Clock clock;

    public VenueService(VenueRepository venues, Clock clock) {
        this.venues = venues;
        this.clock = clock;
    }

    /** Creates or replaces the venue; sessions already scheduled keep their slots. */
    @Transactional
    public Venue put(int edition, SetVenue request) {
        try {
            ZoneId.of(request.timeZone());
        } catch (DateTimeException e) {
            throw Refusal.invalidField("timeZone", "must be an IANA time zone id such as Europe/Zurich");
        }
        if (request.startDate().getYear() < 2000 || request.startDate().getYear() > 2999) {
            throw Refusal.invalidField("startDate", "must be a date from the year 2000 to 2999");
        }
        if (request.endDate().isBefore(request.startDate())) {
            throw Refusal.invalidField("endDate", "must not be before startDate");
        }
        if (request.endDate().isAfter(request.startDate().plusDays(31))) {
            throw Refusal.invalidField("endDate", "must be within 31 days of startDate");
        }
        if (!request.dailyEnd().isAfter(request.dailyStart())) {
            throw Refusal.invalidField("dailyEnd", "must be after dailyStart");
        }
        Venue venue = venues.findByIdOptional(edition).orElseGet(() -> {
            Venue created = new Venue();
            created.edition = edition;
            return created;
        });
        venue.startDate = request.startDate();
        venue.endDate = request.endDate();
        venue.timeZone = request.timeZone();
        venue.dailyStart = request.dailyStart();
        venue.dailyEnd = request.dailyEnd();
        venue.updatedAt = clock.instant();
        if (!venues.isPersistent(venue)) {
            venues.persist(venue);
        }
        return venue;
    }

    @Transactional
    public Venue get(int edition) {
        return venues.findByIdOptional(edition).orElseThrow(() ->
                Refusal.notFound("The venue of edition " + edition + " is not set up."));
    }
}
