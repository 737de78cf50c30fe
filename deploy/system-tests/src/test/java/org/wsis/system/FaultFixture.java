package org.wsis.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An edition ready for a fault test: registration open, voters confirmed and eligible, voting open. */
final class FaultFixture {

    static final List<String> CATEGORIES = List.of("C1", "C2", "C3", "C4", "C5", "C6");

    final Edition edition;
    final List<Edition.Person> voters = new ArrayList<>();
    final Map<String, List<UUID>> nominations;

    FaultFixture(SystemStack stack, Api api, int year, int voterCount) {
        stack.rotation().reset();
        edition = new Edition(stack, api, year);
        edition.openRegistration();
        for (int i = 0; i < voterCount; i++) {
            voters.add(edition.registerConfirmed("voter-" + year + "-" + i));
        }
        Convergence.setupRegistrations(edition, voterCount);
        nominations = edition.openVoting(CATEGORIES, 2);
        edition.awaitEligible(voters);
    }

    Load load(Api api, String prefix) {
        return new Load(api, edition, voters, nominations, prefix + edition.year() + "-");
    }
}
