package io.singlepoint.jira.rest;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.atlassian.sal.api.user.UserKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.singlepoint.core.sla.Problem;
import io.singlepoint.core.sla.SlaConfigException;
import io.singlepoint.core.sla.SlaConfigJson;
import io.singlepoint.jira.sla.store.ConfigVersion;
import io.singlepoint.jira.sla.store.RecalcTask;
import io.singlepoint.jira.sla.store.RecalcTaskStore;
import io.singlepoint.jira.sla.store.SlaConfigStore;
import io.singlepoint.jira.sla.store.SlaProjectStore;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /sla/config}: the SLA configuration and its versions, for Jira administrators. Saving never overwrites: it
 * adds the next version and queues a recalculation of the enabled projects' issues under it, which the background
 * job runs; results under earlier versions stay readable.
 */
@Named
@Path("/sla/config")
@Produces(MediaType.APPLICATION_JSON)
public final class SlaConfigResource {

    /** The longest note the store keeps. */
    static final int NOTE_LENGTH = 450;
    private static final int HISTORY = 50;

    private final RestAccess access;
    private final SlaConfigStore configs;
    private final SlaProjectStore projects;
    private final RecalcTaskStore tasks;
    private final RestJson json;
    private final AdminAudit audit;
    private final Texts texts;
    private final Clock clock;

    @Inject
    public SlaConfigResource(RestAccess access, SlaConfigStore configs, SlaProjectStore projects,
                             RecalcTaskStore tasks, RestJson json, AdminAudit audit, Texts texts) {
        this(access, configs, projects, tasks, json, audit, texts, Clock.systemUTC());
    }

    SlaConfigResource(RestAccess access, SlaConfigStore configs, SlaProjectStore projects, RecalcTaskStore tasks,
                      RestJson json, AdminAudit audit, Texts texts, Clock clock) {
        this.access = access;
        this.configs = configs;
        this.projects = projects;
        this.tasks = tasks;
        this.json = json;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
    }

    @GET
    public Response current() {
        return Answers.guard(texts, () -> {
            access.administrator();
            ConfigVersion current = configs.current()
                    .orElseThrow(() -> Answers.failure(404, texts.get("singlepoint.sla.rest.error.config.none")));
            return Answers.ok(json.version(current, true));
        });
    }

    @GET
    @Path("versions")
    public Response versions(@QueryParam("limit") String limit) {
        return Answers.guard(texts, () -> {
            access.administrator();
            int count = limit == null ? HISTORY
                    : Math.min(Params.positive(limit, "singlepoint.sla.rest.error.limit.param", texts), 1000);
            ObjectNode answer = Answers.MAPPER.createObjectNode();
            ArrayNode versions = answer.putArray("versions");
            configs.history(count).forEach(version -> versions.add(json.version(version, false)));
            return Answers.ok(answer);
        });
    }

    @GET
    @Path("versions/{version}")
    public Response version(@PathParam("version") String version) {
        return Answers.guard(texts, () -> {
            access.administrator();
            int number = Params.version(version, texts);
            ConfigVersion found = configs.version(number).orElseThrow(() -> Answers.failure(404,
                    texts.get("singlepoint.sla.rest.error.version.notfound", number)));
            return Answers.ok(json.version(found, true));
        });
    }

    /** The body is the configuration itself; the answer lists every problem, each with its JSON path. */
    @POST
    @Path("validate")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response validate(String body) {
        return Answers.guard(texts, () -> {
            access.administrator();
            List<Problem> problems = problems(body == null ? "" : body);
            ObjectNode answer = Answers.MAPPER.createObjectNode().put("valid", problems.isEmpty());
            answer.set("problems", Answers.problems(problems));
            return Answers.ok(answer);
        });
    }

    /** Body {@code {"config": "<json text>" or {...}, "note": "why"}}: a new version, or 400 with every problem. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(String body) {
        return Answers.guard(texts, () -> {
            UserKey admin = access.administrator();
            JsonNode request = Answers.object(body, texts);
            String config = Params.config(request, texts);
            String note = request.path("note").asText("");
            if (note.length() > NOTE_LENGTH) {
                throw Answers.failure(400, texts.get("singlepoint.sla.rest.error.note.long", NOTE_LENGTH));
            }
            List<Problem> problems = problems(config);
            if (!problems.isEmpty()) {
                throw Answers.failure(400, texts.get("singlepoint.sla.rest.error.config.invalid"), problems);
            }
            ConfigVersion saved = configs.save(config, admin.getStringValue(), note, clock.instant());
            RecalcTask task = recalculateEnabledProjects(saved, admin);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("version", saved.number());
            details.put("note", note);
            details.put("recalculation", task == null ? "none" : task.id());
            audit.record(admin, "sla.config.save", details);
            ObjectNode answer = Answers.MAPPER.createObjectNode();
            answer.set("version", json.version(saved, false));
            answer.set("recalculation", task == null ? null : json.task(task));
            return Answers.ok(answer);
        });
    }

    private RecalcTask recalculateEnabledProjects(ConfigVersion saved, UserKey admin) {
        List<Long> enabled = projects.enabledProjects();
        if (enabled.isEmpty()) {
            return null;
        }
        String jql = enabled.stream().map(String::valueOf).collect(Collectors.joining(", ", "project in (", ")"));
        return tasks.create(jql, saved.number(), admin.getStringValue(), clock.instant());
    }

    static List<Problem> problems(String config) {
        try {
            SlaConfigJson.read(config);
            return List.of();
        } catch (SlaConfigException e) {
            return e.problems();
        }
    }
}
