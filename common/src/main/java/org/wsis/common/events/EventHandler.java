package org.wsis.common.events;

import java.util.Collection;
import java.util.List;

/**
 * A service's consumer of events: declare it as a bean and the inbox runs it. Each batch is
 * applied in one transaction together with the record of which event ids were applied, so a
 * redelivered event has no second effect.
 */
public interface EventHandler {

    /** Consumer group id, also the name under which applied events are recorded. */
    String consumerName();

    Collection<String> topics();

    /**
     * Whether this handler applies events of the given type; other types are skipped. Asked first with
     * the record's {@code ce_type} header, before the value is parsed (a skipped record costs no
     * parsing and no database write), so it must depend on the type alone and be cheap.
     */
    boolean handles(String type);

    /**
     * Called once per batch, in its transaction, before its events are applied one by one: a handler
     * may load what they touch in one query instead of one per event. The events are the batch's
     * fresh ones (not applied before), in the order they will be applied.
     */
    default void prepare(List<CloudEvent> events) {
    }

    /** Applies one event inside the batch's transaction; throwing rolls the batch back. */
    void apply(CloudEvent event);
}
