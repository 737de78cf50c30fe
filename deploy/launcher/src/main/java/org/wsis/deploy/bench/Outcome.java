package org.wsis.deploy.bench;

/**
 * What became of one request: the class of the server's answer, or why there was none. The three
 * client-side cases are negative codes beside the HTTP statuses in a {@link Tally}.
 */
public enum Outcome {
    SUCCESS("2xx"),
    REDIRECTION("3xx"),
    TOO_MANY_REQUESTS("429"),
    UNAVAILABLE("503"),
    OTHER_CLIENT_ERROR("other4xx"),
    OTHER_SERVER_ERROR("other5xx"),
    /** Sent, but no answer within the answer timeout. */
    TIMEOUT("timeouts"),
    /** Refused, reset or closed connection. */
    CONNECTION_ERROR("connectionErrors"),
    /** Never sent: no pooled connection became free in time, or the wait queue was full. */
    NOT_SENT("notSent");

    public static final int NOT_SENT_CODE = -1;
    public static final int TIMEOUT_CODE = -2;
    public static final int CONNECTION_ERROR_CODE = -3;

    private final String key;

    Outcome(String key) {
        this.key = key;
    }

    /** The name in the summary. */
    public String key() {
        return key;
    }

    /** An HTTP status (100-599) or one of the negative client-side codes. */
    public static Outcome of(int code) {
        return switch (code) {
            case NOT_SENT_CODE -> NOT_SENT;
            case TIMEOUT_CODE -> TIMEOUT;
            case CONNECTION_ERROR_CODE -> CONNECTION_ERROR;
            case 429 -> TOO_MANY_REQUESTS;
            case 503 -> UNAVAILABLE;
            default -> switch (code / 100) {
                case 2 -> SUCCESS;
                case 4 -> OTHER_CLIENT_ERROR;
                case 5 -> OTHER_SERVER_ERROR;
                default -> REDIRECTION; // 1xx never reaches the caller; 3xx
            };
        };
    }
}
