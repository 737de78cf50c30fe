package org.wsis.common.events.participants;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * What a read model's {@code preload} found for a batch of participant events, kept for the rest of
 * the batch's transaction: a participant it did not find is known to be new, so recording them costs
 * no second lookup (one per new registration was the consumers' main cost at a registration peak).
 */
@ApplicationScoped
public class BatchPreload {

    private static final String ABSENT = BatchPreload.class.getName() + ".absent";

    private final TransactionSynchronizationRegistry transaction;

    public BatchPreload(TransactionSynchronizationRegistry transaction) {
        this.transaction = transaction;
    }

    /** Remembers which of the requested participants have no row (those found are in the persistence context). */
    public void found(Collection<UUID> requested, Collection<UUID> found) {
        Set<UUID> absent = new HashSet<>(requested);
        absent.removeAll(found);
        transaction.putResource(ABSENT, absent);
    }

    /**
     * The participant's row: empty without a lookup when this batch's preload found none and it has not
     * been created since; otherwise the given lookup (which finds a preloaded row in the persistence context).
     */
    public <T> Optional<T> find(UUID participantId, Function<UUID, T> lookup) {
        @SuppressWarnings("unchecked")
        Set<UUID> absent = (Set<UUID>) transaction.getResource(ABSENT);
        if (absent != null && absent.contains(participantId)) {
            return Optional.empty();
        }
        return Optional.ofNullable(lookup.apply(participantId));
    }

    /** The participant's row now exists (persisted in this transaction): later events must find it. */
    public void created(UUID participantId) {
        @SuppressWarnings("unchecked")
        Set<UUID> absent = (Set<UUID>) transaction.getResource(ABSENT);
        if (absent != null) {
            absent.remove(participantId);
        }
    }
}
