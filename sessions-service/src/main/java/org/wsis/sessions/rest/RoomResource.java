package org.wsis.sessions.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.wsis.common.security.Roles;
import org.wsis.sessions.Room;
import org.wsis.sessions.service.RoomService;

import java.util.List;
import org.wsis.common.reference.Edition;

@Path("/editions/{edition}/rooms")
@Tag(name = "Venue and rooms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoomResource {

    private final RoomService service;

    public RoomResource(RoomService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Add a room to the edition's venue")
    @RequestBody(content = @Content(schema = @Schema(implementation = RoomRequest.class),
            examples = @ExampleObject(name = "hybrid room", value = "{\"name\":\"Room A\",\"capacity\":120,\"hybrid\":true}")))
    @APIResponse(responseCode = "201", description = "Created; Location names the room",
            content = @Content(schema = @Schema(implementation = RoomResponse.class)))
    @APIResponse(responseCode = "409", description = "The edition already has a room of that name")
    public Response create(@PathParam("edition") @Edition int edition,
                           @NotNull @Valid RoomRequest request, @Context UriInfo uri) {
        Room room = service.create(edition, request.name(), request.capacity(), request.hybrid());
        return Response.created(uri.getAbsolutePathBuilder().path(room.id.toString()).build())
                .entity(RoomResponse.of(room)).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "The edition's rooms (public)")
    @APIResponse(responseCode = "200", description = "Every room, by name",
            content = @Content(schema = @Schema(implementation = RoomResponse.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public List<RoomResponse> list(@PathParam("edition") @Edition int edition) {
        return service.list(edition).stream().map(RoomResponse::of).toList();
    }
}
