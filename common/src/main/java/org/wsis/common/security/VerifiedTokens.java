package org.wsis.common.security;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verified tokens, kept until they expire: a voter casting votes in several categories presents the
 * same token each time, and its RS256 verification and JSON parsing were a third of prizes-service's
 * CPU per vote. Keyed by the whole token text (signature included), so only the very token that was
 * verified is found again; a token is never served past its {@code exp}; failures are not kept. Bounded:
 * when full, the cache starts over (a plain miss costs one verification, as before). A token without a
 * {@code sub} (or a blank one) is refused like a forged one: 401.
 */
@Decorator
@Priority(10)
public abstract class VerifiedTokens implements JWTParser {

    static final int MAX_TOKENS = 2_048;

    private final Map<String, JsonWebToken> verified = new ConcurrentHashMap<>();

    @Inject
    @Delegate
    @Any
    JWTParser delegate;

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.get(token);
        if (known != null) {
            if (known.getExpirationTime() > System.currentTimeMillis() / 1000) {
                return known;
            }
            verified.remove(token);
        }
        JsonWebToken fresh = delegate.parse(token);
        if (fresh.getSubject() == null || fresh.getSubject().isBlank()) {
            // every rule keys on the person: a token that names nobody would create data nobody owns
            throw new ParseException("The token has no subject (sub)");
        }
        if (fresh.getExpirationTime() > 0) { // a token without exp is verified every time
            if (verified.size() >= MAX_TOKENS) {
                verified.clear();
            }
            verified.put(token, fresh);
        }
        return fresh;
    }
}
