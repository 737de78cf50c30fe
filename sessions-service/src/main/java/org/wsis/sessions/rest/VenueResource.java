package org.wsis.sessions.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wsis.common.security.Roles;
import org.wsis.sessions.service.VenueService;
import org.wsis.common.reference.Edition;

@Path("/editions/{edition}/venue")
@Tag(name = "Venue and rooms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VenueResource {

    private final VenueService service;

    public VenueResource(VenueService service) {
        this.service = service;
    }

    @PUT
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Set the forum days, time zone and daily hours",
            description = "Creates or replaces the venue. Every slot must lie within one forum day and its hours, local time.")
    @RequestBody(content = @Content(schema = @Schema(implementation = VenueRequest.class),
            examples = @ExampleObject(name = "Geneva", value = """
                    {"startDate":"2026-07-06","endDate":"2026-07-10","timeZone":"Europe/Zurich",
                     "dailyStart":"09:00","dailyEnd":"18:00"}""")))
    @APIResponse(responseCode = "200", description = "The venue now in force",
            content = @Content(schema = @Schema(implementation = VenueResponse.class)))
    public VenueResponse put(@PathParam("edition") @Edition int edition,
                             @NotNull @Valid VenueRequest request) {
        return VenueResponse.of(service.put(edition, request.toCommand()));
    }

    @GET
    @PermitAll
    @Operation(summary = "The edition's venue (public)")
    @APIResponse(responseCode = "200", description = "The venue",
            content = @Content(schema = @Schema(implementation = VenueResponse.class)))
    @APIResponse(responseCode = "404", description = "The venue is not set up")
    public VenueResponse get(@PathParam("edition") @Edition int edition) {
        return VenueResponse.of(service.get(edition));
    }
}
