package org.wsis.sessions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.wsis.common.reference.ActionLine;
import org.wsis.sessions.ForumSession;
import org.wsis.sessions.PrizeWinner;
import org.wsis.sessions.SessionContent;
import org.wsis.sessions.SessionFormat;
import org.wsis.sessions.SessionMode;
import org.wsis.sessions.service.outbox.SessionEvents;
import org.wsis.sessions.repository.SessionRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The edition's PRIZE_CEREMONY session shows the winning projects, one per category. */
@ApplicationScoped
public class PrizeCeremony {

    static final int DEFAULT_DURATION_MINUTES = 90;
    static final int DEFAULT_AUDIENCE = 300;

    private final SessionRepository sessions;
    private final SessionEvents events;
    private final Clock clock;

    public PrizeCeremony(SessionRepository sessions, SessionEvents events, Clock clock) {
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    /** Replaces the ceremony's winners; creates an UNSCHEDULED ceremony when the edition has none. */
    @Transactional
    public ForumSession announce(int edition, List<PrizeWinner> winners) {
        Instant now = clock.instant();
        ForumSession ceremony = sessions.prizeCeremony(edition).orElse(null);
        if (ceremony == null) {
            ceremony = ForumSession.of(edition, defaultContent(edition, winners), null, now);
            sessions.persist(ceremony);
            events.accepted(ceremony);
        }
        ceremony.showPrizeWinners(winners, now);
        return ceremony;
    }

    private static SessionContent defaultContent(int edition, List<PrizeWinner> winners) {
        Set<String> known = Arrays.stream(ActionLine.values()).map(Enum::name).collect(Collectors.toSet());
        String[] lines = winners.stream().map(PrizeWinner::category).filter(known::contains)
                .distinct().toArray(String[]::new);
        SessionContent c = new SessionContent();
        c.title = "WSIS Prizes " + edition + " award ceremony";
        c.summary = "The winning projects of the WSIS Prizes " + edition + " receive their awards.";
        c.format = SessionFormat.PRIZE_CEREMONY;
        c.actionLines = lines.length > 0 ? lines : Arrays.stream(ActionLine.values()).map(Enum::name).toArray(String[]::new);
        c.sdgs = new Integer[0];
        c.mode = SessionMode.HYBRID;
        c.durationMinutes = DEFAULT_DURATION_MINUTES;
        c.expectedAudience = DEFAULT_AUDIENCE;
        c.speakerIds = new UUID[0];
        return c;
    }
}
