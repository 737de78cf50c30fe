package org.wsis.web.clients;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Calls the services as the signed-in person: their access token (issued by the identity provider, verified
 * by each service as today) as the bearer; anonymous visitors call the public endpoints without one.
 */
@ApplicationScoped
public class SignedInToken implements ClientHeadersFactory {

    private final SecurityIdentity identity;

    public SignedInToken(SecurityIdentity identity) {
        this.identity = identity;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
                                                 MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        AccessTokenCredential token = identity.isAnonymous() ? null : identity.getCredential(AccessTokenCredential.class);
        if (token != null) {
            headers.putSingle("Authorization", "Bearer " + token.getToken());
        }
        String language = incoming.getFirst("Accept-Language");
        if (language != null) {
            headers.putSingle("Accept-Language", language);
        }
        return headers;
    }
}
