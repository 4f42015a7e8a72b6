package io.singlepoint.jira.rest;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.sal.api.user.UserKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.singlepoint.core.sla.Problem;
import io.singlepoint.jira.sla.store.RecalcTask;
import io.singlepoint.jira.sla.store.RecalcTaskStore;
import io.singlepoint.jira.sla.store.SlaConfigStore;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /sla/recalculations}: recalculating the SLAs of a project's or a JQL query's issues under the current
 * configuration, in the background, and how far each has come. Starting one only queues it; the job runs it.
 */
@Named
@Path("/sla/recalculations")
@Produces(MediaType.APPLICATION_JSON)
public final class SlaRecalculationResource {

    private static final int LISTED = 20;

    private final RestAccess access;
    private final RecalcTaskStore tasks;
    private final SlaConfigStore configs;
    private final ProjectManager projects;
    private final IssueSearch search;
    private final RestJson json;
    private final AdminAudit audit;
    private final Texts texts;
    private final Clock clock;

    @Inject
    public SlaRecalculationResource(RestAccess access, RecalcTaskStore tasks, SlaConfigStore configs,
                                    ProjectManager projects, IssueSearch search, RestJson json, AdminAudit audit,
                                    Texts texts) {
        this(access, tasks, configs, projects, search, json, audit, texts, Clock.systemUTC());
    }

    SlaRecalculationResource(RestAccess access, RecalcTaskStore tasks, SlaConfigStore configs,
                             ProjectManager projects, IssueSearch search, RestJson json, AdminAudit audit,
                             Texts texts, Clock clock) {
        this.access = access;
        this.tasks = tasks;
        this.configs = configs;
        this.projects = projects;
        this.search = search;
        this.json = json;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
    }

    /** Body {@code {"jql": "..."}} or {@code {"project": "SD"}}: 201 with the queued task. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(String body) {
        return Answers.guard(texts, () -> {
            UserKey admin = access.administrator();
            JsonNode request = Answers.object(body, texts);
            String jql = jql(Params.text(request, "jql"), Params.text(request, "project"));
            List<String> problems = search.problems(access.jiraUser(), jql);
            if (!problems.isEmpty()) {
                throw Answers.failure(400, texts.get("singlepoint.sla.rest.error.jql.invalid"),
                        problems.stream().map(message -> new Problem("jql", message)).toList());
            }
            OptionalInt version = configs.currentNumber();
            if (version.isEmpty()) {
                throw Answers.failure(409, texts.get("singlepoint.sla.rest.error.config.none"));
            }
            RecalcTask task = tasks.create(jql, version.getAsInt(), admin.getStringValue(), clock.instant());
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("id", task.id());
            details.put("version", task.configVersion());
            details.put("jql", jql);
            audit.record(admin, "sla.recalculation.start", details);
            return Answers.status(201, json.task(task));
        });
    }

    @GET
    public Response latest(@QueryParam("limit") String limit) {
        return Answers.guard(texts, () -> {
            access.administrator();
            int count = limit == null ? LISTED
                    : Math.min(Params.positive(limit, "singlepoint.sla.rest.error.limit.param", texts), 1000);
            ObjectNode answer = Answers.MAPPER.createObjectNode();
            ArrayNode list = answer.putArray("recalculations");
            tasks.latest(count).forEach(task -> list.add(json.task(task)));
            return Answers.ok(answer);
        });
    }

    @GET
    @Path("{id}")
    public Response one(@PathParam("id") String id) {
        return Answers.guard(texts, () -> {
            access.administrator();
            RecalcTask task = (id.matches("[0-9]{1,9}") ? tasks.get(Integer.parseInt(id)) : java.util.Optional
                    .<RecalcTask>empty()).orElseThrow(() -> Answers.failure(404,
                    texts.get("singlepoint.sla.rest.error.recalc.notfound", id)));
            return Answers.ok(json.task(task));
        });
    }

    private String jql(String jql, String projectKey) {
        if ((jql == null) == (projectKey == null)) {
            throw Answers.failure(400, texts.get("singlepoint.sla.rest.error.recalc.target"));
        }
        if (jql != null) {
            return jql;
        }
        Project project = projects.getProjectObjByKey(projectKey);
        if (project == null) {
            throw Answers.failure(404, texts.get("singlepoint.sla.rest.error.project.notfound", projectKey));
        }
        return "project = \"" + project.getKey() + "\"";
    }
}
