package org.wsis.prizes.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wsis.common.security.Caller;
import org.wsis.common.security.Roles;
import org.wsis.prizes.Contest;
import org.wsis.prizes.service.ContestService;
import org.wsis.common.reference.Edition;

@Path("/editions/{edition}/contest")
@Tag(name = "Contest")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContestResource {

    private final ContestService service;
    private final Caller caller;

    public ContestResource(ContestService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @PUT
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Open the edition's contest in SUBMISSION (or change its settings while there)")
    @RequestBody(content = @Content(schema = @Schema(implementation = ContestRequest.class),
            examples = @ExampleObject(name = "five champions", value = "{\"championsPerCategory\":5}")))
    @APIResponse(responseCode = "201", description = "Opened; Location names the contest",
            content = @Content(schema = @Schema(implementation = ContestResponse.class)))
    @APIResponse(responseCode = "200", description = "Settings changed (still in SUBMISSION)",
            content = @Content(schema = @Schema(implementation = ContestResponse.class)))
    @APIResponse(responseCode = "409", description = "The contest is past SUBMISSION")
    public Response open(@PathParam("edition") @Edition int edition,
                         @NotNull @Valid ContestRequest request, @Context UriInfo uri) {
        ContestService.Opened opened = service.open(edition, request.championsPerCategory(), caller.subject());
        ContestResponse body = response(opened.contest());
        return opened.created() ? Response.created(uri.getAbsolutePath()).entity(body).build()
                : Response.ok(body).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "The edition's contest: its phase, settings and phase history")
    @APIResponse(responseCode = "200", description = "The contest",
            content = @Content(schema = @Schema(implementation = ContestResponse.class)))
    @APIResponse(responseCode = "404", description = "No contest for this edition")
    public ContestResponse get(@PathParam("edition") @Edition int edition) {
        return response(service.get(edition));
    }

    @POST
    @Path("/phase")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Move the contest to its next phase",
            description = "SUBMISSION → REVIEW → VOTING → EVALUATION → CLOSED, one step at a time. Leaving VOTING "
                    + "computes and announces the champions; entering CLOSED needs a winner in every category with "
                    + "champions and announces the winners.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PhaseRequest.class),
            examples = @ExampleObject(name = "start the review", value = "{\"phase\":\"REVIEW\"}")))
    @APIResponse(responseCode = "200", description = "The contest in its new phase",
            content = @Content(schema = @Schema(implementation = ContestResponse.class)))
    @APIResponse(responseCode = "409", description = "Not the next phase, no contest, or (for CLOSED) categories "
            + "without a winner, listed in missingCategories")
    public ContestResponse advance(@PathParam("edition") @Edition int edition,
                                   @NotNull @Valid PhaseRequest request) {
        return response(service.advance(edition, request.phase(), caller.subject()));
    }

    private ContestResponse response(Contest contest) {
        return ContestResponse.of(contest, service.history(contest.edition), caller.isOrganiser());
    }
}
