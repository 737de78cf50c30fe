package org.wsis.sessions.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.wsis.common.rest.PageRequest;
import org.wsis.common.rest.PageResponse;
import org.wsis.common.security.Caller;
import org.wsis.common.security.Roles;
import org.wsis.sessions.Proposal;
import org.wsis.sessions.ProposalStatus;
import org.wsis.sessions.service.ProposalService;

import java.util.List;
import java.util.UUID;
import org.wsis.common.reference.Edition;

@Path("/editions/{edition}/proposals")
@Tag(name = "Call for sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProposalResource {

    static final String SESSION_EXAMPLE = """
            {"title":"Closing the connectivity gap in rural Africa","summary":"Ministers and operators compare what worked.",
             "format":"THEMATIC_WORKSHOP","actionLines":["C2","C7_E_AGRICULTURE"],"sdgs":[9,17],"mode":"HYBRID",
             "durationMinutes":60,"speakerParticipantIds":["0b8f6a52-2c4e-4e37-9d57-8a0f1c2d3e4f"],"expectedAudience":80}""";

    private final ProposalService service;
    private final Caller caller;

    public ProposalResource(ProposalService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Propose a session", description = "Every speaker must be a registered participant of the "
            + "edition (not cancelled, rejected or erased). The proposal waits as SUBMITTED for an organiser.")
    @RequestBody(content = @Content(schema = @Schema(implementation = SessionRequest.class),
            examples = @ExampleObject(name = "workshop", value = SESSION_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "SUBMITTED; Location names the proposal",
            content = @Content(schema = @Schema(implementation = ProposalResponse.class)))
    @APIResponse(responseCode = "422", description = "A speaker is not a registered participant of the edition")
    public Response submit(@PathParam("edition") @Edition int edition,
                           @NotNull @Valid SessionRequest request, @Context UriInfo uri) {
        Proposal proposal = service.submit(edition, caller.subject(), request.toCommand());
        return Response.created(uri.getAbsolutePathBuilder().path(proposal.id.toString()).build())
                .entity(ProposalResponse.of(proposal)).build();
    }

    @GET
    @RolesAllowed({Roles.PARTICIPANT, Roles.ORGANISER})
    @Operation(summary = "Proposals: all for organisers, a participant's own otherwise")
    @APIResponse(responseCode = "200", description = "A page of proposals, oldest first",
            content = @Content(schema = @Schema(implementation = ProposalPage.class)))
    public PageResponse<ProposalResponse> list(@PathParam("edition") @Edition int edition,
                                               @QueryParam("status") ProposalStatus status,
                                               @BeanParam @Valid PageRequest page) {
        return PageResponse.of(service.list(edition, caller, status, page.page, page.size), ProposalResponse::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTICIPANT, Roles.ORGANISER})
    @Operation(summary = "One proposal (its proposer, or an organiser)")
    @APIResponse(responseCode = "200", description = "The proposal",
            content = @Content(schema = @Schema(implementation = ProposalResponse.class)))
    @APIResponse(responseCode = "404", description = "No such proposal, or not yours")
    public ProposalResponse get(@PathParam("edition") @Edition int edition, @PathParam("id") UUID id) {
        return ProposalResponse.of(service.get(edition, id, caller));
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Accept or reject a SUBMITTED proposal",
            description = "ACCEPT creates an UNSCHEDULED session; the answer's sessionId names it.")
    @RequestBody(content = @Content(schema = @Schema(implementation = DecisionRequest.class),
            examples = @ExampleObject(name = "accept", value = "{\"decision\":\"ACCEPT\",\"note\":\"Welcome aboard\"}")))
    @APIResponse(responseCode = "200", description = "The decided proposal",
            content = @Content(schema = @Schema(implementation = ProposalResponse.class)))
    @APIResponse(responseCode = "404", description = "No such proposal")
    @APIResponse(responseCode = "409", description = "The proposal is already decided")
    public ProposalResponse decide(@PathParam("edition") @Edition int edition, @PathParam("id") UUID id,
                                   @NotNull @Valid DecisionRequest request) {
        boolean accept = request.decision() == DecisionRequest.Decision.ACCEPT;
        return ProposalResponse.of(service.decide(edition, id, accept, request.note()));
    }

    /** For the OpenAPI document: the list shape with its item type. */
    @Schema(name = "ProposalPage")
    public record ProposalPage(List<ProposalResponse> items, int page, int size, long total) {
    }
}
