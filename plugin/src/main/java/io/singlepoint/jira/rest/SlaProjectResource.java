package io.singlepoint.jira.rest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.user.UserKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.singlepoint.core.sla.Problem;
import io.singlepoint.core.sla.ResumeOnReply.Rules;
import io.singlepoint.core.sla.SlaConfig;
import io.singlepoint.core.sla.SlaDefinition;
import io.singlepoint.core.sla.StatusSet;
import io.singlepoint.jira.sla.CurrentSlaConfig;
import io.singlepoint.jira.sla.store.RecalcTask;
import io.singlepoint.jira.sla.store.RecalcTaskStore;
import io.singlepoint.jira.sla.store.SlaProjectStore;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /sla/projects}: which projects have SLAs, and each project's rules for a requester's reply: the transition
 * that hands a waiting issue back from each pausing status, whose comments count, and the user the transition runs
 * as. For the choice, it lists the transitions out of each pausing status in the project's workflows. Switching a
 * project on or off queues a recalculation of its issues by the admin who did it: switched on, they get their clocks;
 * switched off, they lose their stored SLAs and flags, so that no JQL function finds them any more.
 */
@Named
@Path("/sla/projects")
@Produces(MediaType.APPLICATION_JSON)
public final class SlaProjectResource {

    private final RestAccess access;
    private final ProjectManager projects;
    private final SlaProjectStore settings;
    private final CurrentSlaConfig current;
    private final WorkflowTransitions transitions;
    private final RecalcTaskStore tasks;
    private final UserManager users;
    private final RestJson json;
    private final AdminAudit audit;
    private final Texts texts;
    private final Clock clock;

    @Inject
    public SlaProjectResource(RestAccess access, ProjectManager projects, SlaProjectStore settings,
                              CurrentSlaConfig current, WorkflowTransitions transitions, RecalcTaskStore tasks,
                              UserManager users, RestJson json, AdminAudit audit, Texts texts) {
        this(access, projects, settings, current, transitions, tasks, users, json, audit, texts, Clock.systemUTC());
    }

    SlaProjectResource(RestAccess access, ProjectManager projects, SlaProjectStore settings,
                       CurrentSlaConfig current, WorkflowTransitions transitions, RecalcTaskStore tasks,
                       UserManager users, RestJson json, AdminAudit audit, Texts texts, Clock clock) {
        this.access = access;
        this.projects = projects;
        this.settings = settings;
        this.current = current;
        this.transitions = transitions;
        this.tasks = tasks;
        this.users = users;
        this.json = json;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
    }

    @GET
    public Response all() {
        return Answers.guard(texts, () -> {
            access.administrator();
            List<Long> enabled = settings.enabledProjects();
            ObjectNode answer = Answers.MAPPER.createObjectNode();
            ArrayNode list = answer.putArray("projects");
            for (Project project : projects.getProjectObjects()) {
                list.addObject().put("id", project.getId()).put("key", project.getKey()).put("name", project.getName())
                        .put("enabled", enabled.contains(project.getId()));
            }
            return Answers.ok(answer);
        });
    }

    @GET
    @Path("{key}")
    public Response one(@PathParam("key") String key) {
        return Answers.guard(texts, () -> {
            access.administrator();
            return Answers.ok(settings(project(key)));
        });
    }

    /** Body {@code {"enabled": true, "rules": {"transitions": {"Info Requested": 51}, "answeredBy": ["REPORTER"],
     * "runAs": "username"}}}; either part may be left out to keep it. */
    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(@PathParam("key") String key, String body) {
        return Answers.guard(texts, () -> {
            UserKey admin = access.administrator();
            Project project = project(key);
            JsonNode request = Answers.object(body, texts);
            Optional<Rules> rules = request.has("rules") ? Optional.of(rules(request.path("rules"))) : Optional.empty();
            JsonNode enabled = request.path("enabled");
            boolean wasEnabled = settings.isEnabled(project.getId());
            rules.ifPresent(r -> settings.save(project.getId(), r));
            if (enabled.isBoolean()) {
                settings.setEnabled(project.getId(), enabled.asBoolean());
            }
            boolean switched = enabled.isBoolean() && enabled.asBoolean() != wasEnabled;
            RecalcTask task = switched ? recalculate(project, admin) : null;
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("project", project.getKey());
            details.put("enabled", settings.isEnabled(project.getId()));
            details.put("rules", settings.rules(project.getId()).toJson());
            details.put("recalculation", task == null ? "none" : task.id());
            audit.record(admin, "sla.project.save", details);
            ObjectNode answer = settings(project);
            answer.set("recalculation", task == null ? null : json.task(task));
            return Answers.ok(answer);
        });
    }

    private ObjectNode settings(Project project) {
        Rules rules = settings.rules(project.getId());
        ObjectNode node = Answers.MAPPER.createObjectNode().put("id", project.getId()).put("key", project.getKey())
                .put("name", project.getName()).put("enabled", settings.isEnabled(project.getId()));
        ObjectNode rulesNode = (ObjectNode) Answers.tree(rules.toJson());
        rulesNode.set("runAs", rules.runAs() == null ? null : json.user(rules.runAs()));
        node.set("rules", rulesNode);
        ArrayNode pausing = node.putArray("pausingStatuses");
        transitions.from(project, pausingStatuses()).forEach((status, out) -> {
            ObjectNode entry = pausing.addObject().put("status", status);
            Integer chosen = rules.transitionFor(status);
            if (chosen == null) {
                entry.putNull("chosen");
            } else {
                entry.put("chosen", chosen.intValue());
            }
            ArrayNode list = entry.putArray("transitions");
            for (WorkflowTransitions.Transition transition : out) {
                ArrayNode workflows = list.addObject().put("id", transition.id()).put("name", transition.name())
                        .putArray("workflows");
                transition.workflows().forEach(workflows::add);
            }
        });
        return node;
    }

    /** The statuses any SLA of the current configuration pauses in, each once, in the configuration's order. */
    private List<String> pausingStatuses() {
        List<String> names = new ArrayList<>();
        SlaConfig config = current.get().map(CurrentSlaConfig.Versioned::config).orElse(null);
        if (config != null) {
            for (SlaDefinition sla : config.slas()) {
                names.addAll(sla.pause().names());
            }
        }
        return StatusSet.of(names).names();
    }

    private Rules rules(JsonNode request) {
        if (!request.isObject()) {
            throw Answers.failure(400, texts.get("singlepoint.sla.rest.error.rules.invalid", request.toString()));
        }
        ObjectNode rules = request.deepCopy();
        String runAs = Params.text(request, "runAs");
        if (runAs == null) {
            rules.remove("runAs");
        } else {
            ApplicationUser user = users.getUserByName(runAs);
            if (user == null) {
                throw Answers.failure(400, texts.get("singlepoint.sla.rest.error.user.notfound", runAs),
                        List.of(new Problem("rules.runAs", texts.get("singlepoint.sla.rest.error.user.notfound",
                                runAs))));
            }
            rules.put("runAs", user.getKey());
        }
        try {
            return Rules.fromJson(rules.toString());
        } catch (IllegalArgumentException e) {
            throw Answers.failure(400, texts.get("singlepoint.sla.rest.error.rules.invalid", e.getMessage()),
                    List.of(new Problem("rules", e.getMessage())));
        }
    }

    private RecalcTask recalculate(Project project, UserKey admin) {
        return current.get().map(config -> tasks.create("project = \"" + project.getKey() + "\"", config.version(),
                admin.getStringValue(), clock.instant())).orElse(null);
    }

    private Project project(String key) {
        Project project = projects.getProjectObjByKey(key);
        if (project == null) {
            throw Answers.failure(404, texts.get("singlepoint.sla.rest.error.project.notfound", key));
        }
        return project;
    }
}
