/**
 * What this service publishes on {@code wsis.participants}, through the transactional outbox, and the
 * payload of each event. Services publish in their own transaction, so publishing sits under
 * {@code service}; this service consumes nothing, so it has no {@code events} package of consumers.
 */
package org.wsis.registration.service.outbox;
