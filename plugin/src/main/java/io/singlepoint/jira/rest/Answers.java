package io.singlepoint.jira.rest;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.singlepoint.core.sla.Problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the resources read request bodies and write answers: JSON text in, JSON text out, with the app's own Jackson.
 * A failure is a {@link WebApplicationException} carrying its JSON answer, so a resource method can stop anywhere.
 */
final class Answers {

    private static final Logger LOG = LoggerFactory.getLogger(Answers.class);

    static final String JSON = "application/json;charset=UTF-8";
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Answers() {
    }

    /**
     * Runs a resource method and answers its failure as the failure says, whatever exception mappers the host's
     * JAX-RS runtime has registered. Anything else that goes wrong (a database or Jira failure) is logged once with
     * its cause and answered as JSON too: 500 with a text in the caller's language, never the host's HTML page.
     */
    static Response guard(Texts texts, java.util.function.Supplier<Response> method) {
        try {
            return method.get();
        } catch (WebApplicationException e) {
            return e.getResponse();
        } catch (RuntimeException e) {
            LOG.error("SinglePoint's SLA REST API failed to answer", e);
            return status(500, MAPPER.createObjectNode().put("error",
                    texts.get("singlepoint.sla.rest.error.internal", e.getClass().getSimpleName())));
        }
    }

    static Response ok(JsonNode body) {
        return status(Response.Status.OK.getStatusCode(), body);
    }

    static Response status(int status, JsonNode body) {
        try {
            return Response.status(status).type(JSON).entity(MAPPER.writeValueAsString(body)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an answer", e);
        }
    }

    /** An answer {@code {"error": message}} with {@code status}, to throw. */
    static WebApplicationException failure(int status, String message) {
        return failure(status, message, List.of());
    }

    /** An answer {@code {"error": message, "problems": [...]}} with {@code status}, to throw. */
    static WebApplicationException failure(int status, String message, List<Problem> problems) {
        ObjectNode body = MAPPER.createObjectNode().put("error", message);
        if (!problems.isEmpty()) {
            body.set("problems", problems(problems));
        }
        return new WebApplicationException(status(status, body));
    }

    static ArrayNode problems(List<Problem> problems) {
        ArrayNode array = MAPPER.createArrayNode();
        problems.forEach(p -> array.addObject().put("path", p.path()).put("message", p.message()));
        return array;
    }

    /** The request body as a JSON object, or a 400 answer saying why not. */
    static JsonNode object(String body, Texts texts) {
        JsonNode node;
        try {
            node = body == null || body.isBlank() ? null : MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw failure(400, texts.get("singlepoint.sla.rest.error.body", e.getOriginalMessage()));
        }
        if (node == null || !node.isObject()) {
            throw failure(400, texts.get("singlepoint.sla.rest.error.body.object"));
        }
        return node;
    }

    /** A JSON text the app wrote itself (a stored SLA result) as a tree, to embed in an answer. */
    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the app's own JSON does not parse: " + json, e);
        }
    }
}
