package org.wsis.common.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * RFC 9457 problem details, the body of every error response ({@code application/problem+json}).
 * Some problem types add extension members (RFC 9457 section 3.2), e.g. the sessions a slot conflicts
 * with or the contest's phase; the schema says so rather than pretend every problem has these five.
 */
@Schema(name = "Problem", additionalProperties = Schema.True.class, description = "RFC 9457 problem details. "
        + "A problem type may add extension members (RFC 9457 section 3.2), such as the conflicting sessions "
        + "of a slot conflict or the current phase of a contest.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(example = "urn:wsis:problem:validation") String type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "email: must be a well-formed email address") String detail,
        @Schema(description = "For validation problems: each invalid field") List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "Violation")
    public record Violation(@Schema(example = "email") String field,
                            @Schema(example = "must be a well-formed email address") String message) {
    }
}
