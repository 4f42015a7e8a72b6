package io.singlepoint.jira.rest;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /rest/singlepoint/1.0/rasci}: an issue's RASCI value, read ({@code GET /{issueKey}/{fieldId}}), written
 * ({@code PUT}, same path) and checked ({@code POST /validate}). Only translates: {@link RasciRestService} decides,
 * with explicit permission checks (no access annotation is relied on, so that one jar serves Jira 10 and 11).
 * Bodies are JSON documents written and read by our own Jackson, not by the host's providers; an unexpected
 * failure is answered as JSON by {@link Answers#guard}, like the other resources.
 */
@Named
@Path("rasci")
@Produces(MediaType.APPLICATION_JSON)
public class RasciResource {

    private final RasciRestService service;
    private final Texts texts;

    @Inject
    public RasciResource(RasciRestService service, Texts texts) {
        this.service = service;
        this.texts = texts;
    }

    @GET
    @Path("{issueKey}/{fieldId}")
    public Response get(@PathParam("issueKey") String issueKey, @PathParam("fieldId") String fieldId) {
        return Answers.guard(texts, () -> response(service.get(issueKey, fieldId)));
    }

    @PUT
    @Path("{issueKey}/{fieldId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("issueKey") String issueKey, @PathParam("fieldId") String fieldId, String body) {
        return Answers.guard(texts, () -> response(service.put(issueKey, fieldId, body)));
    }

    @POST
    @Path("validate")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response validate(@QueryParam("field") String fieldId, String body) {
        return Answers.guard(texts, () -> response(service.validate(body, fieldId)));
    }

    private static Response response(RestReply reply) {
        return Response.status(reply.status()).entity(reply.json()).type(Answers.JSON).build();
    }
}
