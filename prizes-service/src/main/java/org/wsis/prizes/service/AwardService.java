package org.wsis.prizes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.wsis.common.reference.ActionLine;
import org.wsis.common.domain.Refusal;
import org.wsis.prizes.CategoryWinner;
import org.wsis.prizes.Champion;
import org.wsis.prizes.Contest;
import org.wsis.prizes.ContestPhase;
import org.wsis.prizes.Nomination;
import org.wsis.prizes.service.outbox.ChampionsAnnouncedData;
import org.wsis.prizes.service.outbox.PrizesEvents;
import org.wsis.prizes.service.outbox.WinnersAnnouncedData;
import org.wsis.prizes.repository.ChampionRepository;
import org.wsis.prizes.repository.NominationRepository;
import org.wsis.prizes.repository.TallyRepository;
import org.wsis.prizes.repository.WinnerRepository;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Champions when VOTING ends, the reviewers' choice of winners, and the results. */
@ApplicationScoped
public class AwardService {

    private final TallyRepository tallies;
    private final ChampionRepository champions;
    private final WinnerRepository winners;
    private final NominationRepository nominations;
    private final PhaseGuard phases;
    private final PrizesEvents events;
    private final Clock clock;

    public AwardService(TallyRepository tallies, ChampionRepository champions, WinnerRepository winners,
                        NominationRepository nominations, PhaseGuard phases, PrizesEvents events, Clock clock) {
        this.tallies = tallies;
        this.champions = champions;
        this.winners = winners;
        this.nominations = nominations;
        this.phases = phases;
        this.events = events;
        this.clock = clock;
    }

    /** Called as VOTING ends, with the contest locked: no vote can commit any more. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announceChampions(Contest contest) {
        List<ChampionsAnnouncedData.Category> announced = new ArrayList<>();
        for (var category : byCategory(tallies.ranked(contest.edition)).entrySet()) {
            List<ChampionsAnnouncedData.Champion> entries = new ArrayList<>();
            for (ChampionSelection.Ranked ranked : ChampionSelection.top(category.getValue(),
                    contest.championsPerCategory)) {
                Champion champion = new Champion();
                champion.nominationId = ranked.row().nominationId();
                champion.edition = contest.edition;
                champion.category = category.getKey();
                champion.votes = ranked.row().votes();
                champion.rank = ranked.rank();
                champions.persist(champion);
                entries.add(new ChampionsAnnouncedData.Champion(champion.nominationId, ranked.row().title(),
                        ranked.row().organisation(), ranked.row().country(), champion.votes, champion.rank));
            }
            ActionLine line = category.getKey();
            announced.add(new ChampionsAnnouncedData.Category(line.number(), line.name(), line.title(), entries));
        }
        events.championsAnnounced(new ChampionsAnnouncedData(contest.edition, contest.championsPerCategory,
                announced));
    }

    /** Called as the contest enters CLOSED: refused while a category with champions has no winner. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announceWinners(Contest contest) {
        List<Standings> standings = standings(contest.edition);
        List<String> missing = standings.stream().filter(s -> s.winner() == null)
                .map(s -> s.category().name()).toList();
        if (!missing.isEmpty()) {
            throw Refusal.conflict("winners-missing", "The contest of edition " + contest.edition
                    + " cannot close before every category with champions has a winner; missing: "
                    + String.join(", ", missing) + ".").with("missingCategories", missing);
        }
        events.winnersAnnounced(new WinnersAnnouncedData(contest.edition, standings.stream().map(s -> {
            Nomination n = s.winner().nomination();
            return new WinnersAnnouncedData.Winner(s.category().number(), s.category().name(), s.category().title(),
                    n.id, n.title, n.organisation, n.country, n.projectUrl, s.winner().champion().votes);
        }).toList()));
    }

    @Transactional
    public CategoryWinner chooseWinner(int edition, ActionLine category, UUID nominationId, String reviewer) {
        phases.require(edition, ContestPhase.EVALUATION, "Winners can be chosen");
        champions.find(edition, category, nominationId).orElseThrow(() -> Refusal.unprocessable(
                "not-a-champion", "Nomination " + nominationId + " is not a champion of category "
                        + category.number() + " (" + category.name() + "); only champions can win."));
        CategoryWinner winner = winners.find(edition, category).orElse(null);
        boolean first = winner == null;
        if (first) {
            winner = new CategoryWinner();
            winner.edition = edition;
            winner.category = category;
        }
        winner.nominationId = nominationId;
        winner.chosenBy = reviewer;
        winner.chosenAt = clock.instant();
        if (first) {
            winners.persist(winner); // once complete: the insert takes the state at persist time
        }
        return winner;
    }

    /** The winners chosen so far are the reviewers' secret until the contest closes. */
    @Transactional
    public List<Standings> champions(int edition, boolean staff) {
        Contest contest = phases.requireAtLeast(edition, ContestPhase.EVALUATION, "Champions are known");
        List<Standings> standings = standings(edition);
        if (staff || contest.phase == ContestPhase.CLOSED) {
            return standings;
        }
        return standings.stream().map(s -> new Standings(s.category(), s.champions(), null)).toList();
    }

    @Transactional
    public List<Standings> results(int edition) {
        phases.requireAtLeast(edition, ContestPhase.CLOSED, "Results are published");
        return standings(edition);
    }

    /** Per category with champions, in category order: champions ranked, and the winner if chosen. */
    private List<Standings> standings(int edition) {
        List<Champion> all = champions.ofEdition(edition);
        Map<UUID, Nomination> details = all.isEmpty() ? Map.of()
                : nominations.list("id IN ?1", all.stream().map(c -> c.nominationId).toList()).stream()
                .collect(Collectors.toMap(n -> n.id, Function.identity()));
        Map<ActionLine, UUID> chosen = winners.ofEdition(edition).stream()
                .collect(Collectors.toMap(w -> w.category, w -> w.nominationId));
        Map<ActionLine, List<Standings.Entry>> grouped = new EnumMap<>(ActionLine.class);
        all.stream().sorted(Comparator.comparingInt((Champion c) -> c.rank)
                        .thenComparing(c -> details.get(c.nominationId).submittedAt))
                .forEach(c -> grouped.computeIfAbsent(c.category, k -> new ArrayList<>())
                        .add(new Standings.Entry(c, details.get(c.nominationId))));
        return grouped.entrySet().stream().map(e -> new Standings(e.getKey(), e.getValue(),
                e.getValue().stream().filter(entry -> entry.nomination().id.equals(chosen.get(e.getKey())))
                        .findFirst().orElse(null))).toList();
    }

    /** Ranked rows grouped per category, in category order, keeping the rank order inside each. */
    static Map<ActionLine, List<TallyRepository.Row>> byCategory(List<TallyRepository.Row> rows) {
        Map<ActionLine, List<TallyRepository.Row>> grouped = new EnumMap<>(ActionLine.class);
        rows.forEach(row -> grouped.computeIfAbsent(row.category(), k -> new ArrayList<>()).add(row));
        return grouped;
    }
}
