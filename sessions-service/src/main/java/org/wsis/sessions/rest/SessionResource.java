package org.wsis.sessions.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.wsis.common.rest.Problem;
import org.wsis.common.security.Caller;
import org.wsis.common.security.Roles;
import org.wsis.sessions.ForumSession;
import org.wsis.sessions.SessionFormat;
import org.wsis.sessions.SessionStatus;
import org.wsis.sessions.service.Scheduler;
import org.wsis.sessions.service.SessionFilter;
import org.wsis.sessions.service.SessionQueries;
import org.wsis.sessions.service.SessionService;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.wsis.common.reference.Edition;

@Path("/editions/{edition}/sessions")
@Tag(name = "Sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

    private final SessionService service;
    private final Scheduler scheduler;
    private final SessionQueries queries;
    private final Caller caller;

    public SessionResource(SessionService service, Scheduler scheduler, SessionQueries queries, Caller caller) {
        this.service = service;
        this.scheduler = scheduler;
        this.queries = queries;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Create an UNSCHEDULED session directly (organisers)",
            description = "Same body and speaker rule as a proposal.")
    @RequestBody(content = @Content(schema = @Schema(implementation = SessionRequest.class),
            examples = @ExampleObject(name = "workshop", value = ProposalResource.SESSION_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "UNSCHEDULED; Location names the session",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "422", description = "A speaker is not a registered participant of the edition")
    public Response create(@PathParam("edition") @Edition int edition,
                           @NotNull @Valid SessionRequest request, @Context UriInfo uri) {
        ForumSession session = service.create(edition, request.toCommand());
        return Response.created(uri.getAbsolutePathBuilder().path(session.id.toString()).build())
                .entity(SessionResponse.of(queries.view(session))).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "Sessions: SCHEDULED ones for everyone, all of them for organisers",
            description = "Filters combine; day is a date in the venue's time zone. Organisers also see speaker "
                    + "withdrawals (filter speakerWithdrawn=true) and seat counts.")
    @APIResponse(responseCode = "200", description = "A page of sessions by start time",
            content = @Content(schema = @Schema(implementation = SessionPage.class)))
    public PageResponse<SessionResponse> list(@PathParam("edition") @Edition int edition,
                                              @BeanParam Filter filter, @BeanParam @Valid PageRequest page) {
        boolean organiser = caller.isOrganiser();
        return PageResponse.of(queries.list(edition, filter.toFilter(organiser), organiser, page.page, page.size),
                SessionResponse::of);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One session (SCHEDULED for everyone, any for organisers)")
    @APIResponse(responseCode = "200", description = "The session",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such session (or not scheduled)")
    public SessionResponse get(@PathParam("edition") @Edition int edition, @PathParam("id") UUID id) {
        return SessionResponse.of(queries.get(edition, id, caller.isOrganiser()));
    }

    @PUT
    @Path("/{id}/slot")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Schedule or move a session",
            description = "The room and every speaker must be free at that time: the database refuses a double booking "
                    + "even between organisers scheduling at the same moment (409 names the sessions in the way).")
    @RequestBody(content = @Content(schema = @Schema(implementation = SlotRequest.class),
            examples = @ExampleObject(name = "Tuesday morning", value = """
                    {"roomId":"3f1e2d4c-5b6a-4789-9abc-def012345678","start":"2026-07-07T10:00:00+02:00",
                     "end":"2026-07-07T11:00:00+02:00"}""")))
    @APIResponse(responseCode = "200", description = "SCHEDULED",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such session")
    @APIResponse(responseCode = "409", description = "Room or speaker double-booked (conflicts:[{kind, sessionId}]), "
            + "session cancelled, venue not set, or more seats reserved than the new room has",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "room taken", value = """
                            {"type":"urn:wsis:problem:slot-conflict","title":"Conflict with the current state","status":409,
                             "detail":"The room or a speaker is already booked at that time",
                             "conflicts":[{"kind":"ROOM_DOUBLE_BOOKED","sessionId":"7c9e6679-7425-40de-944b-e07fc1f90ae7"}]}""")))
    @APIResponse(responseCode = "422", description = "Outside the venue's days or hours, room too small, HYBRID in a "
            + "non-hybrid room, no room for IN_PERSON/HYBRID (or one for VIRTUAL), unknown room, or a speaker not CONFIRMED")
    public SessionResponse schedule(@PathParam("edition") @Edition int edition, @PathParam("id") UUID id,
                                    @NotNull @Valid SlotRequest slot) {
        ForumSession scheduled = scheduler.schedule(edition, id, slot.roomId(), slot.start().toInstant(),
                slot.end().toInstant());
        return SessionResponse.of(queries.view(scheduled));
    }

    @DELETE
    @Path("/{id}/slot")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Take a session off the timetable (back to UNSCHEDULED)")
    @APIResponse(responseCode = "200", description = "UNSCHEDULED",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such session")
    @APIResponse(responseCode = "409", description = "The session is not SCHEDULED")
    public SessionResponse unschedule(@PathParam("edition") @Edition int edition,
                                      @PathParam("id") UUID id) {
        return SessionResponse.of(queries.view(service.unschedule(edition, id)));
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed(Roles.ORGANISER)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Cancel a session", description = "Frees its room, speakers and seats; CANCELLED is final.")
    @APIResponse(responseCode = "200", description = "CANCELLED",
            content = @Content(schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such session")
    @APIResponse(responseCode = "409", description = "Already cancelled")
    public SessionResponse cancel(@PathParam("edition") @Edition int edition, @PathParam("id") UUID id) {
        return SessionResponse.of(queries.view(service.cancel(edition, id)));
    }

    public static class Filter {
        @QueryParam("day")
        @Schema(example = "2026-07-07")
        public LocalDate day;
        @QueryParam("roomId")
        public UUID roomId;
        @QueryParam("actionLine")
        public ActionLine actionLine;
        @QueryParam("format")
        public SessionFormat format;
        @QueryParam("status")
        public SessionStatus status;
        @QueryParam("speakerWithdrawn")
        @Schema(description = "Organisers: only sessions whose speaker cancelled or was erased (true)")
        public Boolean speakerWithdrawn;

        /** The withdrawal flag is the organisers' to filter on: for the public it would tell who cancelled. */
        SessionFilter toFilter(boolean organiser) {
            return new SessionFilter(day, roomId, actionLine, format, status, organiser ? speakerWithdrawn : null);
        }
    }

    @Schema(name = "SessionPage")
    public record SessionPage(List<SessionResponse> items, int page, int size, long total) {
    }
}
