package org.wsis.web.clients;

import jakarta.ws.rs.*;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.wsis.web.clients.sessions.*;

import java.util.List;

/** sessions-service's public REST API (docs/openapi/sessions-service.json), called as the signed-in person. */
@RegisterRestClient(configKey = "sessions")
@RegisterClientHeaders(SignedInToken.class)
@RegisterProvider(ProblemMapper.class)
@Consumes("application/json")
@Produces("application/json")
public interface SessionsApi {

    @GET
    @Path("/editions/{edition}/agenda")
    Agenda agenda(@PathParam("edition") int edition, @QueryParam("actionLine") String actionLine, @QueryParam("day") String day, @QueryParam("format") String format, @QueryParam("roomId") String roomId);

    @GET
    @Path("/editions/{edition}/agenda.ics")
    @Produces("text/calendar")
    String agendaCalendar(@PathParam("edition") int edition, @QueryParam("actionLine") String actionLine, @QueryParam("day") String day, @QueryParam("format") String format, @QueryParam("roomId") String roomId);

    @POST
    @Path("/editions/{edition}/agenda/releases")
    AgendaRelease publishRelease(@PathParam("edition") int edition);

    @POST
    @Path("/editions/{edition}/proposals")
    Proposal propose(@PathParam("edition") int edition, SessionRequest body);

    @GET
    @Path("/editions/{edition}/proposals")
    ProposalPage proposals(@PathParam("edition") int edition, @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("status") String status);

    @GET
    @Path("/editions/{edition}/proposals/{id}")
    Proposal proposal(@PathParam("edition") int edition, @PathParam("id") String id);

    @POST
    @Path("/editions/{edition}/proposals/{id}/decision")
    Proposal decide(@PathParam("edition") int edition, @PathParam("id") String id, DecisionRequest body);

    @GET
    @Path("/editions/{edition}/rooms")
    List<Room> rooms(@PathParam("edition") int edition);

    @POST
    @Path("/editions/{edition}/rooms")
    Room addRoom(@PathParam("edition") int edition, RoomRequest body);

    @GET
    @Path("/editions/{edition}/sessions")
    SessionPage sessions(@PathParam("edition") int edition, @QueryParam("actionLine") String actionLine, @QueryParam("day") String day, @QueryParam("format") String format, @QueryParam("page") Integer page, @QueryParam("roomId") String roomId, @QueryParam("size") Integer size, @QueryParam("speakerWithdrawn") String speakerWithdrawn, @QueryParam("status") String status);

    @POST
    @Path("/editions/{edition}/sessions")
    Session createSession(@PathParam("edition") int edition, SessionRequest body);

    @GET
    @Path("/editions/{edition}/sessions/{id}")
    Session session(@PathParam("edition") int edition, @PathParam("id") String id);

    @POST
    @Path("/editions/{edition}/sessions/{id}/attendance")
    Attendance attend(@PathParam("edition") int edition, @PathParam("id") String id, AttendanceRequest body);

    @DELETE
    @Path("/editions/{edition}/sessions/{id}/attendance")
    void leave(@PathParam("edition") int edition, @PathParam("id") String id);

    @POST
    @Path("/editions/{edition}/sessions/{id}/cancellation")
    Session cancelSession(@PathParam("edition") int edition, @PathParam("id") String id);

    @DELETE
    @Path("/editions/{edition}/sessions/{id}/slot")
    Session unschedule(@PathParam("edition") int edition, @PathParam("id") String id);

    @PUT
    @Path("/editions/{edition}/sessions/{id}/slot")
    Session schedule(@PathParam("edition") int edition, @PathParam("id") String id, SlotRequest body);

    @PUT
    @Path("/editions/{edition}/venue")
    Venue putVenue(@PathParam("edition") int edition, VenueRequest body);

    @GET
    @Path("/editions/{edition}/venue")
    Venue venue(@PathParam("edition") int edition);
}
