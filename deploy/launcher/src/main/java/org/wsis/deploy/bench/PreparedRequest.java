package org.wsis.deploy.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * A request encoded before the clock starts: its headers (a read-only map the client copies) and its
 * body bytes (a buffer the client may write any number of times), so sending it costs no JSON
 * serialisation or string building.
 */
public record PreparedRequest(HttpMethod method, int port, String uri, MultiMap headers, Buffer body) {

    static final String HOST = "127.0.0.1";
    private static final CharSequence JSON_TYPE = HttpHeaders.createOptimized("application/json");
    /** Bodies on one line (Summary's mapper indents, for the file people read). */
    private static final ObjectMapper COMPACT = new ObjectMapper();

    /** Accept and Content-Type JSON, and the bearer token when there is one. */
    public static MultiMap jsonHeaders(String token) {
        MultiMap headers = HttpHeaders.headers()
                .add(HttpHeaders.ACCEPT, JSON_TYPE)
                .add(HttpHeaders.CONTENT_TYPE, JSON_TYPE);
        if (token != null) {
            headers.add(HttpHeaders.AUTHORIZATION, HttpHeaders.createOptimized("Bearer " + token));
        }
        return headers;
    }

    public static PreparedRequest get(int port, String uri, String accept) {
        return new PreparedRequest(HttpMethod.GET, port, uri,
                HttpHeaders.headers().add(HttpHeaders.ACCEPT, HttpHeaders.createOptimized(accept)), null);
    }

    /** A JSON request; {@code body} null sends none. */
    public static PreparedRequest json(String method, int port, String uri, String token, Object body) {
        try {
            return new PreparedRequest(HttpMethod.valueOf(method), port, uri, jsonHeaders(token),
                    body == null ? null : Buffer.buffer(COMPACT.writeValueAsBytes(body)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The same request with one more header (the client copies the map, this copy is never changed). */
    public PreparedRequest withHeader(CharSequence name, String value) {
        MultiMap more = HttpHeaders.headers().addAll(headers).add(name, HttpHeaders.createOptimized(value));
        return new PreparedRequest(method, port, uri, more, body);
    }

    /** {@code connectionWaitMs}: longest wait for a pooled connection; {@code answerTimeoutMs}: for the answer. */
    RequestOptions options(long connectionWaitMs, long answerTimeoutMs) {
        return new RequestOptions().setMethod(method).setHost(HOST).setPort(port).setURI(uri).setHeaders(headers)
                .setConnectTimeout(connectionWaitMs).setIdleTimeout(answerTimeoutMs);
    }
}
