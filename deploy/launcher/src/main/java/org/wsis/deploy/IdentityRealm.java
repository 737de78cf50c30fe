package org.wsis.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.wsis.deploy.demo.DemoUser;
import org.wsis.infra.KeycloakServer;

import java.util.List;
import java.util.Map;

/**
 * The {@code wsis} realm the local Keycloak imports: the three roles, carried as the {@code groups} claim
 * the services read; the web app's client (authorization code flow with PKCE) and a public command-line
 * client (password grant, for scripts and tests); the demo people as users; and the stack's development
 * key as the realm's signing key, so that the services verify Keycloak's tokens and {@code deploy/wsis
 * token}'s alike, with the public key they already have.
 */
final class IdentityRealm {

    static final String WEB_CLIENT = "wsis-web";
    static final String CLI_CLIENT = "wsis-cli";
    private static final ObjectMapper JSON = new ObjectMapper();

    private IdentityRealm() {
    }

    /**
     * @param privateKeyPem the stack's signing key (PKCS#8 PEM)
     * @param webOrigin     where the web app runs, e.g. {@code http://localhost:8080}
     * @param webSecret     the web client's secret
     * @param passwords     each demo user's password
     */
    static String json(String privateKeyPem, String webOrigin, String webSecret, Map<DemoUser, String> passwords) {
        ObjectNode realm = JSON.createObjectNode()
                .put("realm", KeycloakServer.REALM)
                .put("enabled", true)
                .put("sslRequired", "external") // plain HTTP on this machine only
                .put("accessTokenLifespan", 900)
                .put("ssoSessionIdleTimeout", 3600)
                .put("registrationAllowed", false)
                .put("bruteForceProtected", true);
        ArrayNode roles = realm.putObject("roles").putArray("realm");
        for (String role : List.of("participant", "organiser", "reviewer")) {
            roles.addObject().put("name", role);
        }
        ArrayNode clients = realm.putArray("clients");
        ObjectNode web = clients.addObject()
                .put("clientId", WEB_CLIENT)
                .put("name", "WSIS web pages")
                .put("enabled", true)
                .put("publicClient", false)
                .put("secret", webSecret)
                .put("standardFlowEnabled", true)
                .put("directAccessGrantsEnabled", false)
                .put("frontchannelLogout", true);
        web.putArray("redirectUris").add(webOrigin + "/*");
        web.putArray("webOrigins").add(webOrigin);
        web.putObject("attributes")
                .put("pkce.code.challenge.method", "S256")
                .put("post.logout.redirect.uris", webOrigin + "/*");
        web.set("protocolMappers", groupsMapper());
        ObjectNode cli = clients.addObject()
                .put("clientId", CLI_CLIENT)
                .put("name", "WSIS command line and tests")
                .put("enabled", true)
                .put("publicClient", true)
                .put("standardFlowEnabled", false)
                .put("directAccessGrantsEnabled", true);
        cli.set("protocolMappers", groupsMapper());
        ArrayNode users = realm.putArray("users");
        passwords.forEach((person, password) -> {
            String[] name = person.name().split(" ", 2);
            ObjectNode user = users.addObject()
                    .put("id", person.subject()) // the token's sub: the subject the demo data was created under
                    .put("username", person.subject())
                    .put("enabled", true)
                    .put("email", person.email())
                    .put("emailVerified", true)
                    .put("firstName", name[0])
                    .put("lastName", name.length > 1 ? name[1] : name[0]);
            user.putArray("credentials").addObject()
                    .put("type", "password").put("value", password).put("temporary", false);
            user.putArray("realmRoles").add(person.group());
        });
        ObjectNode key = realm.putObject("components").putArray("org.keycloak.keys.KeyProvider").addObject()
                .put("name", "wsis-dev-key")
                .put("providerId", "rsa");
        ObjectNode config = key.putObject("config");
        config.putArray("priority").add("200"); // above the keys Keycloak generates: tokens are signed with this one
        config.putArray("enabled").add("true");
        config.putArray("active").add("true");
        config.putArray("algorithm").add("RS256");
        config.putArray("privateKey").add(privateKeyPem.trim());
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(realm);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The realm roles as a {@code groups} array in the access and ID tokens (MicroProfile JWT's claim). */
    private static ArrayNode groupsMapper() {
        ArrayNode mappers = JSON.createArrayNode();
        ObjectNode mapper = mappers.addObject()
                .put("name", "groups")
                .put("protocol", "openid-connect")
                .put("protocolMapper", "oidc-usermodel-realm-role-mapper");
        mapper.putObject("config")
                .put("claim.name", "groups")
                .put("multivalued", "true")
                .put("jsonType.label", "String")
                .put("access.token.claim", "true")
                .put("id.token.claim", "true")
                .put("userinfo.token.claim", "true");
        return mappers;
    }
}
