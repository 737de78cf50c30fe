package org.wsis.common.events;

import java.util.Collection;

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

    /** Applies one event inside the batch's transaction; throwing rolls the batch back. */
    void apply(CloudEvent event);
}
