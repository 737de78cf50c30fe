package org.wsis.system;

import org.wsis.deploy.Service;
import org.wsis.deploy.demo.ApiClient;

import java.io.IOException;
import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The public REST API of the running stack, as a client calls it (JSON, bearer tokens). */
public final class Api {

    private final SystemStack stack;
    private final ApiClient client = new ApiClient();

    public Api(SystemStack stack) {
        this.stack = stack;
    }

    /** The port the service's first instance listens on, for requests sent without this blocking client. */
    public int port(Service service) {
        return stack.config().port(service);
    }

    /** The instances a load spreads over. */
    public Rotation rotation() {
        return stack.rotation();
    }

    public ApiClient.Response send(String method, Service service, String path, String token, Object body) {
        try {
            return client.send(method, stack.url(service, path), token, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends and insists on one of the expected statuses; the problem detail explains a surprise. */
    public ApiClient.Response expect(String method, Service service, String path, String token, Object body,
                                     Integer... expected) {
        ApiClient.Response response = send(method, service, path, token, body);
        assertThat(response.status()).as(method + " " + service.shortName() + " " + path + ": " + response.problem())
                .isIn((Object[]) expected);
        return response;
    }
}
