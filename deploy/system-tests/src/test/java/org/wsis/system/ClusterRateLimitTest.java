package org.wsis.system;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wsis.deploy.Service;
import org.wsis.deploy.StackConfig;
import org.wsis.deploy.demo.ApiClient;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rate limit is the service's, not each instance's: one voter sending twice the per-identity
 * limit, alternately to the two instances of prizes-service, is refused (429) for exactly the calls
 * beyond the limit. The cluster stack runs with the default per-identity limit
 * ({@code wsis.rate-limit.per-identity}, 30 per minute) and a per-address limit high enough for the
 * other tests' loads, which all come from this one address.
 */
@Order(3)
@ExtendWith(SystemStack.ClusterExtension.class)
class ClusterRateLimitTest {

    private static final int PER_IDENTITY = 30;

    @Test
    void oneVoterGetsTheLimitAcrossBothInstancesNotTwiceIt() throws Exception {
        SystemStack stack = SystemStack.get();
        Api api = new Api(stack);
        FaultFixture fixture = new FaultFixture(stack, api, 2043, 1);
        Edition.Person voter = fixture.voters.get(0);
        UUID nomination = fixture.nominations.get(FaultFixture.CATEGORIES.get(0)).get(0);
        List<StackConfig.Instance> instances = stack.config().instances(Service.PRIZES);
        ApiClient client = new ApiClient();
        int admitted = 0;
        int refused = 0;
        for (int i = 0; i < 2 * PER_IDENTITY; i++) {
            StackConfig.Instance instance = instances.get(i % instances.size());
            ApiClient.Response response = client.send("POST", URI.create("http://127.0.0.1:" + instance.port()
                    + fixture.edition.path("/votes")), voter.token(), Map.of("nominationId", nomination.toString()));
            if (response.status() == 429) {
                refused++;
            } else {
                assertThat(response.status()).as(instance.name() + ": " + response.problem()).isIn(200, 201);
                admitted++;
            }
        }
        System.out.printf("[system] shared rate limit: %d votes by one voter over %d instances: %d admitted, %d refused"
                + " with 429%n", 2 * PER_IDENTITY, instances.size(), admitted, refused);
        assertThat(admitted).as("calls admitted across both instances").isEqualTo(PER_IDENTITY);
        assertThat(refused).isEqualTo(PER_IDENTITY);
    }
}
