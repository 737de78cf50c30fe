package org.wsis.sessions.rest;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.wsis.common.security.Caller;
import org.wsis.common.security.Roles;
import org.wsis.sessions.Seat;
import org.wsis.sessions.service.SeatService;

import java.util.UUID;
import org.wsis.common.reference.Edition;

@Path("/editions/{edition}/sessions/{id}/attendance")
@Tag(name = "Seats")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttendanceResource {

    private final SeatService seats;
    private final Caller caller;

    private final MeterRegistry registry;

    public AttendanceResource(SeatService seats, Caller caller, MeterRegistry registry) {
        this.registry = registry;
        this.seats = seats;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Reserve a seat at a scheduled session",
            description = "For CONFIRMED participants of the edition. IN_PERSON seats never exceed the room's capacity; "
                    + "REMOTE is offered by HYBRID and VIRTUAL sessions.")
    @RequestBody(content = @Content(schema = @Schema(implementation = AttendanceRequest.class),
            examples = @ExampleObject(name = "in the room", value = "{\"mode\":\"IN_PERSON\"}")))
    @APIResponse(responseCode = "201", description = "Reserved",
            content = @Content(schema = @Schema(implementation = AttendanceResponse.class)))
    @APIResponse(responseCode = "404", description = "No such session")
    @APIResponse(responseCode = "409", description = "Every in-person seat is taken, you already hold a seat, or the session is not scheduled")
    @APIResponse(responseCode = "422", description = "REMOTE at an IN_PERSON session, or IN_PERSON at a VIRTUAL one")
    public Response reserve(@PathParam("edition") @Edition int edition, @PathParam("id") UUID id,
                            @NotNull @Valid AttendanceRequest request, @Context UriInfo uri) {
        Seat seat = seats.reserve(edition, id, caller.subject(), request.mode());
        registry.counter("wsis.seats.reserved", "mode", seat.mode.name()).increment(); // committed: counted
        return Response.created(uri.getAbsolutePath()).entity(AttendanceResponse.of(seat)).build();
    }

    @DELETE
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Give up my seat at a session")
    @APIResponse(responseCode = "204", description = "The seat is free again")
    @APIResponse(responseCode = "404", description = "No such session, or you hold no seat there")
    public Response leave(@PathParam("edition") @Edition int edition, @PathParam("id") UUID id) {
        seats.leave(edition, id, caller.subject());
        return Response.noContent().build();
    }
}
