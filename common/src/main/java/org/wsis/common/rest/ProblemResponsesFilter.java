package org.wsis.common.rest;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.math.BigDecimal;

/**
 * Documents the error responses every operation shares, so each resource declares only its own
 * codes and why (e.g. {@code @APIResponse(responseCode = "409", description = "...")}): secured
 * operations answer 401 and 403, public ones 401 for an invalid token, operations with input 400,
 * a path whose parameters name nothing (or are not valid values) 404, a request body of the wrong
 * type 415 or over the size limit 413, and every error is problem details. 429 and 503 carry
 * {@code Retry-After}.
 */
public class ProblemResponsesFilter implements OASFilter {

    static final String RETRY_AFTER = "Retry-After";

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            ensure(responses, "401", "Missing, expired or invalid bearer token");
            ensure(responses, "403", "Your role may not call this operation");
        } else {
            ensure(responses, "401", "A bearer token was sent and is not valid "
                    + "(optional here; verified by operations that show organisers more)");
        }
        boolean hasPathParameters = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        boolean hasInput = operation.getRequestBody() != null
                || operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (hasInput) {
            ensure(responses, "400", "Invalid request: the violations name each bad field");
        }
        if (hasPathParameters) {
            ensure(responses, "404", "No such resource, or a path parameter that is not a valid value");
        }
        if (operation.getRequestBody() != null) {
            ensure(responses, "413", "The request body is larger than the service accepts");
            ensure(responses, "415", "The request body is not of a documented content type");
        }
        ensure(responses, "503", "The service is at capacity or a backing service is unavailable; retry after the Retry-After delay");
        responses.getAPIResponses().forEach((code, response) -> {
            boolean error = code.startsWith("4") || code.startsWith("5");
            // a resource may document its own problem example; anything else becomes the problem schema
            if (error && (response.getContent() == null || response.getContent().getMediaType(Problem.MEDIA_TYPE) == null)) {
                response.setContent(problemContent());
            }
            if (code.equals("429") || code.equals("503")) {
                response.addHeader(RETRY_AFTER, OASFactory.createHeader().ref(RETRY_AFTER));
            }
        });
        return operation;
    }

    /** One definition of the header the 429 and 503 responses refer to. */
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addHeader(RETRY_AFTER, OASFactory.createHeader()
                .description("Seconds to wait before trying again")
                .required(true)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ONE)));
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
