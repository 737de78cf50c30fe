package org.wsis.web.organiser;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Gives the test user {@value #USER} the access token a real sign-in would hold, so that a test can check
 * the web calls the services with it. Every other identity is left as it is.
 */
@ApplicationScoped
public class OrganiserAccessToken implements SecurityIdentityAugmentor {

    static final String USER = "organiser-with-token";
    static final String TOKEN = "organiser-access-token-for-tests";

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !USER.equals(identity.getPrincipal().getName())
                || identity.getCredential(AccessTokenCredential.class) != null) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity)
                .addCredential(new AccessTokenCredential(TOKEN)).build());
    }
}
