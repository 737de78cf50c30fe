package org.wsis.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;

/** A whole answer to one setup or probe request: its status, ETag and body. */
record Answer(int status, String etag, String body) {

    boolean successful() {
        return status / 100 == 2;
    }

    JsonNode json() {
        try {
            return body == null || body.isBlank() ? Summary.JSON.missingNode() : Summary.JSON.readTree(body);
        } catch (IOException e) {
            return Summary.JSON.getNodeFactory().textNode(body);
        }
    }
}
