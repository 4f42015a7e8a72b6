package io.singlepoint.jira.rest;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.singlepoint.core.sla.SlaResultJson;
import io.singlepoint.jira.sla.store.SlaConfigStore;
import io.singlepoint.jira.sla.store.SlaStateStore;
import io.singlepoint.jira.sla.store.StoredSla;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /sla/issues/{key}[?version=N]}: an issue's SLAs as stored under the current (or the given)
 * configuration version, in DESIGN.md's result format. Whoever may browse the issue may read them; for anyone else
 * the issue does not exist (404), as in Jira's own REST API. It reads what was computed and never computes.
 */
@Named
@Path("/sla/issues")
public final class SlaIssueResource {

    private final RestAccess access;
    private final IssueManager issues;
    private final PermissionManager permissions;
    private final SlaStateStore states;
    private final SlaConfigStore configs;
    private final Texts texts;

    @Inject
    public SlaIssueResource(RestAccess access, IssueManager issues, PermissionManager permissions,
                            SlaStateStore states, SlaConfigStore configs, Texts texts) {
        this.access = access;
        this.issues = issues;
        this.permissions = permissions;
        this.states = states;
        this.configs = configs;
        this.texts = texts;
    }

    @GET
    @Path("{key}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response slas(@PathParam("key") String key, @QueryParam("version") String version) {
        return Answers.guard(texts, () -> {
            Issue issue = issues.getIssueObject(key);
            if (issue == null
                    || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, access.jiraUser())) {
                throw Answers.failure(404, texts.get("singlepoint.sla.rest.error.issue.notfound", key));
            }
            OptionalInt number = version == null ? configs.currentNumber()
                    : OptionalInt.of(Params.version(version, texts));
            List<StoredSla> stored = number.isEmpty() ? List.of() : states.of(issue.getId(), number.getAsInt());
            ObjectNode answer = Answers.MAPPER.createObjectNode().put("issue", issue.getKey());
            if (number.isPresent()) {
                answer.put("version", number.getAsInt());
            } else {
                answer.putNull("version");
            }
            ArrayNode versions = answer.putArray("versions");
            states.versions(issue.getId()).forEach(versions::add);
            answer.put("computedAt", stored.stream().map(StoredSla::computedAt).max(Instant::compareTo)
                    .map(RestJson::instant).orElse(null));
            ArrayNode results = answer.putArray("results");
            stored.forEach(sla -> results.add(Answers.tree(SlaResultJson.write(sla.result()))));
            return Answers.ok(answer);
        });
    }
}
