package org.wsis.deploy.bench;

import io.vertx.core.MultiMap;

import java.util.List;
import java.util.function.Function;

/** A participant of the bench, with its request headers (bearer token included) encoded once. */
record Voter(String subject, MultiMap headers) {

    /** Signs every subject's token before any clock starts: signing is the identity provider's work, not the stack's. */
    static List<Voter> sign(List<String> subjects, Function<String, String> token) {
        return subjects.parallelStream()
                .map(subject -> new Voter(subject, PreparedRequest.jsonHeaders(token.apply(subject))))
                .toList();
    }
}
