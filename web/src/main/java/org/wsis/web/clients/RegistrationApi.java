package org.wsis.web.clients;

import jakarta.ws.rs.*;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.wsis.web.clients.registration.*;

/** registration-service's public REST API (docs/openapi/registration-service.json), called as the signed-in person. */
@RegisterRestClient(configKey = "registration")
@RegisterClientHeaders(SignedInToken.class)
@RegisterProvider(ProblemMapper.class)
@Consumes("application/json")
@Produces("application/json")
public interface RegistrationApi {

    @PUT
    @Path("/editions/{edition}/registration-settings")
    RegistrationSettings putSettings(@PathParam("edition") int edition, RegistrationSettingsRequest body);

    @GET
    @Path("/editions/{edition}/registration-settings")
    RegistrationSettings settings(@PathParam("edition") int edition);

    @GET
    @Path("/editions/{edition}/registration-statistics")
    RegistrationStatistics statistics(@PathParam("edition") int edition);

    @POST
    @Path("/editions/{edition}/registrations")
    Registration register(@PathParam("edition") int edition, RegistrationRequest body);

    @GET
    @Path("/editions/{edition}/registrations")
    @Produces("text/csv")
    String exportCsv(@PathParam("edition") int edition, @QueryParam("attendance") String attendance, @QueryParam("country") String country, @QueryParam("page") Integer page, @QueryParam("q") String q, @QueryParam("size") Integer size, @QueryParam("stakeholderGroup") String stakeholderGroup, @QueryParam("status") String status);

    @GET
    @Path("/editions/{edition}/registrations")
    RegistrationPage search(@PathParam("edition") int edition, @QueryParam("attendance") String attendance, @QueryParam("country") String country, @QueryParam("page") Integer page, @QueryParam("q") String q, @QueryParam("size") Integer size, @QueryParam("stakeholderGroup") String stakeholderGroup, @QueryParam("status") String status);

    @GET
    @Path("/editions/{edition}/registrations/me")
    Registration mine(@PathParam("edition") int edition);

    @PATCH
    @Path("/editions/{edition}/registrations/{id}")
    Registration update(@PathParam("edition") int edition, @PathParam("id") String id, RegistrationPatch body);

    @GET
    @Path("/editions/{edition}/registrations/{id}")
    Registration registration(@PathParam("edition") int edition, @PathParam("id") String id);

    @DELETE
    @Path("/editions/{edition}/registrations/{id}")
    void erase(@PathParam("edition") int edition, @PathParam("id") String id);

    @POST
    @Path("/editions/{edition}/registrations/{id}/accreditation")
    Registration accredit(@PathParam("edition") int edition, @PathParam("id") String id, AccreditationRequest body);

    @POST
    @Path("/editions/{edition}/registrations/{id}/cancellation")
    Registration cancel(@PathParam("edition") int edition, @PathParam("id") String id);
}
