package org.wsis.prizes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.wsis.common.DatabaseFailures;
import org.wsis.common.domain.Page;
import org.wsis.common.domain.Refusal;
import org.wsis.common.security.Caller;
import org.wsis.common.security.Roles;
import org.wsis.common.reference.ActionLine;
import org.wsis.prizes.ContestPhase;
import org.wsis.prizes.Nomination;
import org.wsis.prizes.NominationStatus;
import org.wsis.prizes.service.outbox.PrizesEvents;
import org.wsis.prizes.repository.ContestRepository;
import org.wsis.prizes.repository.EligibleVoterRepository;
import org.wsis.prizes.repository.NominationFilter;
import org.wsis.prizes.repository.NominationRepository;
import org.wsis.prizes.repository.TallyRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Submission and review of nominations, and who may see which. */
@ApplicationScoped
public class NominationService {

    private final NominationRepository nominations;
    private final EligibleVoterRepository registrations;
    private final TallyRepository tallies;
    private final ContestRepository contests;
    private final PhaseGuard phases;
    private final PrizesEvents events;
    private final Clock clock;

    public NominationService(NominationRepository nominations, EligibleVoterRepository registrations,
                             TallyRepository tallies, ContestRepository contests, PhaseGuard phases,
                             PrizesEvents events, Clock clock) {
        this.nominations = nominations;
        this.registrations = registrations;
        this.tallies = tallies;
        this.contests = contests;
        this.phases = phases;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Nomination submit(int edition, String proposer, SubmitNomination request) {
        phases.require(edition, ContestPhase.SUBMISSION, "Projects can be submitted");
        Instant now = clock.instant();
        Nomination n = new Nomination();
        n.id = UUID.randomUUID();
        n.edition = edition;
        n.category = request.category();
        n.title = request.title().trim();
        n.organisation = request.organisation().trim().replaceAll("\\s+", " ");
        n.country = request.country();
        n.stakeholderGroup = request.stakeholderGroup();
        n.description = request.description().trim();
        n.projectUrl = request.projectUrl().trim();
        n.sdgs = request.sdgs().stream().distinct().sorted().toArray(Integer[]::new);
        n.proposer = proposer;
        // submitting needs no registration; the one held now is what erasing it must reach
        n.proposerParticipantId = registrations.liveRegistration(edition, proposer).orElse(null);
        n.status = NominationStatus.SUBMITTED;
        n.submittedAt = now;
        n.updatedAt = now;
        try {
            nominations.persistAndFlush(n);
        } catch (PersistenceException e) {
            DatabaseFailures.uniqueViolation(e).orElseThrow(() -> e);
            throw Refusal.conflict("organisation-already-nominated", "\"" + n.organisation
                    + "\" already has a project in category " + n.category.number() + " (" + n.category.name()
                    + ") of edition " + edition + ": one project per organisation per category.");
        }
        tallies.create(n);
        events.submitted(n);
        return n;
    }

    /** {@code nominate} puts the project on the ballot; otherwise it is rejected. */
    @Transactional
    public Nomination review(int edition, UUID id, String reviewer, boolean nominate, String reason) {
        phases.require(edition, ContestPhase.REVIEW, "Nominations can be reviewed");
        Nomination n = nominations.lockInEdition(edition, id).orElseThrow(() -> notFound(id));
        Instant now = clock.instant();
        if (nominate) {
            n.nominate(reviewer, reason, now);
        } else {
            n.reject(reviewer, reason, now);
        }
        events.reviewed(n);
        return n;
    }

    /** One nomination, if the caller may see it; otherwise it does not exist for them. */
    @Transactional
    public Nomination get(int edition, UUID id, Caller caller) {
        Nomination n = nominations.findInEdition(edition, id).orElseThrow(() -> notFound(id));
        if (isStaff(caller) || n.isProposedBy(caller.subject())
                || n.status == NominationStatus.NOMINATED && nominatedArePublic(edition)) {
            return n;
        }
        throw notFound(id);
    }

    @Transactional
    public Page<Nomination> search(int edition, ActionLine category, NominationStatus status, Caller caller,
                                           int page, int size) {
        String subject = caller.is(Roles.PARTICIPANT) ? caller.subject() : null;
        var query = nominations.search(edition, new NominationFilter(category, status, isStaff(caller),
                nominatedArePublic(edition), subject));
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }

    /** Whether the caller sees a nomination's review details (the proposer and the staff do). */
    public static boolean seesReview(Nomination n, Caller caller) {
        return isStaff(caller) || n.isProposedBy(caller.subject());
    }

    private boolean nominatedArePublic(int edition) {
        return contests.findByIdOptional(edition).map(c -> c.phase.isAtLeast(ContestPhase.VOTING))
                .orElse(false);
    }

    private static boolean isStaff(Caller caller) {
        return caller.is(Roles.ORGANISER) || caller.is(Roles.REVIEWER);
    }

    static Refusal notFound(UUID id) {
        return Refusal.notFound("No nomination " + id + ".");
    }
}
