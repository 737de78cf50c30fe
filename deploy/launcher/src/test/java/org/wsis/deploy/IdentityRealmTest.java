package org.wsis.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.wsis.deploy.demo.DemoUser;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityRealmTest {

    private static final String KEY = "-----BEGIN PRIVATE KEY-----\nMIIEvQ\n-----END PRIVATE KEY-----\n";

    @Test
    void theRealmSignsWithTheStacksKeyAndCarriesTheRolesAsGroups() throws Exception {
        Map<DemoUser, String> passwords = new LinkedHashMap<>();
        DemoUser.ALL.forEach(user -> passwords.put(user, "pw-" + user.group()));
        JsonNode realm = new ObjectMapper().readTree(IdentityRealm.json(KEY, "http://localhost:8080", "s3cret", passwords));

        assertThat(realm.path("realm").asText()).isEqualTo("wsis");
        assertThat(realm.path("roles").path("realm").findValuesAsText("name"))
                .containsExactly("participant", "organiser", "reviewer");
        JsonNode web = realm.path("clients").get(0);
        assertThat(web.path("clientId").asText()).isEqualTo("wsis-web");
        assertThat(web.path("publicClient").asBoolean()).isFalse();
        assertThat(web.path("directAccessGrantsEnabled").asBoolean()).as("browsers use the code flow only").isFalse();
        assertThat(web.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(web.path("redirectUris").get(0).asText()).isEqualTo("http://localhost:8080/*");
        assertThat(web.path("protocolMappers").get(0).path("config").path("claim.name").asText()).isEqualTo("groups");
        JsonNode cli = realm.path("clients").get(1);
        assertThat(cli.path("publicClient").asBoolean()).isTrue();
        assertThat(cli.path("directAccessGrantsEnabled").asBoolean()).isTrue();

        JsonNode organiser = realm.path("users").get(0);
        assertThat(organiser.path("id").asText()).as("the token's sub").isEqualTo("demo-organiser");
        assertThat(organiser.path("realmRoles").get(0).asText()).isEqualTo("organiser");
        assertThat(organiser.path("credentials").get(0).path("value").asText()).isEqualTo("pw-organiser");
        JsonNode key = realm.path("components").path("org.keycloak.keys.KeyProvider").get(0);
        assertThat(key.path("providerId").asText()).isEqualTo("rsa");
        assertThat(key.path("config").path("privateKey").get(0).asText()).isEqualTo(KEY.trim());
        assertThat(key.path("config").path("priority").get(0).asInt()).as("above Keycloak's own keys").isGreaterThan(100);
    }
}
