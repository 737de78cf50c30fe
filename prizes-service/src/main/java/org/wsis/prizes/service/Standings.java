package org.wsis.prizes.service;

import org.wsis.common.reference.ActionLine;
import org.wsis.prizes.Champion;
import org.wsis.prizes.Nomination;

import java.util.List;
import java.util.UUID;

/** A category's champions, ranked, and its winner once chosen: what champions and results show. */
public record Standings(ActionLine category, List<Entry> champions, Entry winner) {

    /** A champion with its nomination's details. */
    public record Entry(Champion champion, Nomination nomination) {
    }

    public boolean isWinner(UUID nominationId) {
        return winner != null && winner.nomination().id.equals(nominationId);
    }
}
