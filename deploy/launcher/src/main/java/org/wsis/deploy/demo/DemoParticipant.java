package org.wsis.deploy.demo;

/** A participant the registration demo registered: what later loaders need to act as them. */
public record DemoParticipant(String subject, String token, String registrationId, String status) {
}
