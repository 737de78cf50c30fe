/**
 * What this service publishes on {@code wsis.prizes}, through the transactional outbox, and the
 * payload of each event. It sits under {@code service} because services publish in their own
 * transaction, while {@code events} holds the consumers, which call services: so the dependency
 * runs one way, {@code events -> service -> service.outbox}.
 */
package org.wsis.prizes.service.outbox;
