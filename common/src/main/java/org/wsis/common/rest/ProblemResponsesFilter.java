package org.wsis.common.rest;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error responses every operation shares, so each resource declares only its own
 * codes and why (e.g. {@code @APIResponse(responseCode = "409", description = "...")}): secured
 * operations answer 401 and 403, operations with input answer 400, and every error is problem details.
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            ensure(responses, "401", "Missing, expired or invalid bearer token");
            ensure(responses, "403", "Your role may not call this operation");
        }
        boolean hasInput = operation.getRequestBody() != null
                || operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (hasInput) {
            ensure(responses, "400", "Invalid request: the violations name each bad field");
        }
        ensure(responses, "503", "A backing service is unavailable; retry after the Retry-After delay");
        responses.getAPIResponses().forEach((code, response) -> {
            boolean error = code.startsWith("4") || code.startsWith("5");
            // a resource may document its own problem example; anything else becomes the problem schema
            if (error && (response.getContent() == null || response.getContent().getMediaType(Problem.MEDIA_TYPE) == null)) {
                response.setContent(problemContent());
            }
        });
        return operation;
    }

    private static void ensure(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            APIResponse response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(code, response);
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem")));
    }
}
