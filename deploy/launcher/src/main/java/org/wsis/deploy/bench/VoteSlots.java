package org.wsis.deploy.bench;

import io.vertx.core.http.HttpMethod;

import java.util.List;
import java.util.Random;

/**
 * Every (voter, category) pair once, in a shuffled order: each vote a scenario takes is a first
 * vote in its category (a 201, not an idempotent 200), and no two scenarios take the same one.
 */
final class VoteSlots {

    /** A run of votes taken from the slots: request {@code i} is a prepared POST /votes. */
    record Votes(List<Voter> voters, int[] slots, Ballot ballot, int[] ports, String uri) {

        int size() {
            return slots.length;
        }

        PreparedRequest request(int i) {
            Voter voter = voters.get(slots[i] / Ballot.CATEGORIES.size());
            int category = slots[i] % Ballot.CATEGORIES.size();
            // round-robin over the instances, as a load balancer would spread them
            return new PreparedRequest(HttpMethod.POST, ports[i % ports.length], uri, voter.headers(),
                    ballot.voteBody(category, voter));
        }

        /** "voter|category", as {@link StackDatabase#votesSince} names a stored vote. */
        String key(int i) {
            return voters.get(slots[i] / Ballot.CATEGORIES.size()).subject() + "|"
                    + Ballot.CATEGORIES.get(slots[i] % Ballot.CATEGORIES.size());
        }
    }

    private final List<Voter> voters;
    private final Ballot ballot;
    private final int[] ports;
    private final String uri;
    private final int[] order;
    private int taken;

    VoteSlots(List<Voter> voters, Ballot ballot, int[] ports, String uri, long seed) {
        this.voters = voters;
        this.ballot = ballot;
        this.ports = ports;
        this.uri = uri;
        this.order = new int[voters.size() * Ballot.CATEGORIES.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }

    int remaining() {
        return order.length - taken;
    }

    /** The next {@code count} slots, or as many as remain. */
    Votes take(int count) {
        int n = Math.min(count, remaining());
        int[] slots = java.util.Arrays.copyOfRange(order, taken, taken + n);
        taken += n;
        return new Votes(voters, slots, ballot, ports, uri);
    }
}
