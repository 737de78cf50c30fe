package org.wsis.sessions.service;

/**
 * The JSON view of a published agenda: the contract's shape belongs to rest/, which provides it;
 * {@link AgendaCache} renders and keeps its bytes.
 */
public interface AgendaJson {

    /** The record that JAX-RS would write for this agenda and filter. */
    Object json(AgendaService.PublishedAgenda agenda, AgendaFilter filter);
}
