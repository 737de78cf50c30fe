package org.wsis.deploy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** Asks a service's readiness endpoint, which includes its database and Kafka, whether it can serve. */
public final class Readiness {

    /** The answer: an HTTP status, or -1 with the reason there was none. */
    public record Result(int status, String detail) {

        public boolean ready() {
            return status == 200;
        }

        public String describe() {
            return ready() ? "ready" : "not ready (" + reason() + ")";
        }

        public String reason() {
            return status < 0 ? detail : "HTTP " + status;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public Result check(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(3))
                .GET()
                .build();
        try {
            return new Result(client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode(), "");
        } catch (ConnectException e) {
            return new Result(-1, "no answer on port " + port);
        } catch (HttpTimeoutException e) {
            return new Result(-1, "timed out");
        } catch (IOException e) {
            return new Result(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }
}
