package org.wsis.prizes.rest;

import jakarta.annotation.security.PermitAll;
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
import org.wsis.common.reference.ActionLine;
import org.wsis.common.rest.PageRequest;
import org.wsis.common.rest.PageResponse;
import org.wsis.common.security.Caller;
import org.wsis.common.security.Roles;
import org.wsis.prizes.Nomination;
import org.wsis.prizes.NominationStatus;
import org.wsis.prizes.service.NominationService;

import java.util.List;
import java.util.UUID;
import org.wsis.common.reference.Edition;

@Path("/editions/{edition}/nominations")
@Tag(name = "Nominations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NominationResource {

    static final String NOMINATION_EXAMPLE = """
            {"title":"Telemedicine for rural clinics","category":"C7_E_HEALTH",
             "organisation":"Kenya Digital Health Agency","country":"KE","stakeholderGroup":"GOVERNMENT",
             "description":"(150 to 200 words describing the project, its reach and its results)",
             "projectUrl":"https://health.example.org/telemedicine","sdgs":[3,9]}""";

    private final NominationService service;
    private final Caller caller;

    public NominationResource(NominationService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Submit a project to a prize category (during SUBMISSION)",
            description = "One project per organisation per category; organisations are compared ignoring case "
                    + "and spaces. The description must have 150 to 200 words.")
    @RequestBody(content = @Content(schema = @Schema(implementation = NominationRequest.class),
            examples = @ExampleObject(name = "e-health project", value = NOMINATION_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Submitted; Location names the new nomination",
            content = @Content(schema = @Schema(implementation = NominationResponse.class)))
    @APIResponse(responseCode = "409", description = "Not in SUBMISSION, or the organisation already has a project "
            + "in this category")
    public Response submit(@PathParam("edition") @Edition int edition,
                           @NotNull @Valid NominationRequest request, @Context UriInfo uri) {
        Nomination n = service.submit(edition, caller.subject(), request.toCommand());
        return Response.created(uri.getAbsolutePathBuilder().path(n.id.toString()).build())
                .entity(NominationResponse.of(n, true)).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "Search nominations",
            description = "Everyone sees the NOMINATED projects from VOTING on; participants also see their own "
                    + "submissions and decisions; organisers and reviewers see all.")
    @APIResponse(responseCode = "200", description = "A page of nominations, oldest first",
            content = @Content(schema = @Schema(implementation = NominationPage.class)))
    public PageResponse<NominationResponse> list(@PathParam("edition") @Edition int edition,
                                                 @QueryParam("category") ActionLine category,
                                                 @QueryParam("status") NominationStatus status,
                                                 @BeanParam @Valid PageRequest page) {
        return PageResponse.of(service.search(edition, category, status, caller, page.page, page.size),
                n -> NominationResponse.of(n, NominationService.seesReview(n, caller)));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One nomination, if you may see it")
    @APIResponse(responseCode = "200", description = "The nomination",
            content = @Content(schema = @Schema(implementation = NominationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such nomination, or not visible to you")
    public NominationResponse get(@PathParam("edition") @Edition int edition,
                                  @PathParam("id") UUID id) {
        Nomination n = service.get(edition, id, caller);
        return NominationResponse.of(n, NominationService.seesReview(n, caller));
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Nominate or reject a SUBMITTED project (during REVIEW)",
            description = "NOMINATE puts it on the ballot; REJECT keeps it off. The reason is shown to the proposer.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReviewRequest.class),
            examples = @ExampleObject(name = "nominate", value = "{\"decision\":\"NOMINATE\",\"reason\":\"Strong impact\"}")))
    @APIResponse(responseCode = "200", description = "The reviewed nomination",
            content = @Content(schema = @Schema(implementation = NominationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such nomination")
    @APIResponse(responseCode = "409", description = "Not in REVIEW, or already reviewed")
    public NominationResponse review(@PathParam("edition") @Edition int edition,
                                     @PathParam("id") UUID id, @NotNull @Valid ReviewRequest request) {
        boolean nominate = request.decision() == ReviewRequest.Decision.NOMINATE;
        Nomination reviewed = service.review(edition, id, caller.subject(), nominate, request.reason());
        return NominationResponse.of(reviewed, true);
    }

    /** For the OpenAPI document: the list shape with its item type. */
    @Schema(name = "NominationPage")
    public record NominationPage(List<NominationResponse> items, int page, int size, long total) {
    }
}
