package io.singlepoint.jira.rest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.sal.api.user.UserKey;
import com.fasterxml.jackson.databind.JsonNode;

import io.singlepoint.core.sla.IssueTimeline;
import io.singlepoint.core.sla.SlaConfig;
import io.singlepoint.core.sla.SlaConfigException;
import io.singlepoint.core.sla.SlaConfigJson;
import io.singlepoint.core.sla.SlaPreview;
import io.singlepoint.jira.sla.CurrentSlaConfig;
import io.singlepoint.jira.sla.JiraTimelines;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /sla/config/preview}, body {@code {"config": ..., "project": "SD", "issues": 200}}: what saving the
 * proposed configuration would change. The project's latest issues (as the administrator may see them) are replayed
 * from their history under the current and the proposed configuration ({@link SlaPreview}); nothing is stored.
 */
@Named
@Path("/sla/config/preview")
public final class SlaPreviewResource {

    /** The most issues one preview replays: enough to judge, few enough to answer within a request. */
    public static final int MAX_ISSUES = 500;
    static final int DEFAULT_ISSUES = 100;
    private static final SlaConfig NONE = new SlaConfig(Map.of(), List.of());

    private final RestAccess access;
    private final ProjectManager projects;
    private final IssueSearch search;
    private final JiraTimelines timelines;
    private final CurrentSlaConfig current;
    private final RestJson json;
    private final AdminAudit audit;
    private final Texts texts;
    private final Clock clock;

    @Inject
    public SlaPreviewResource(RestAccess access, ProjectManager projects, IssueSearch search, JiraTimelines timelines,
                              CurrentSlaConfig current, RestJson json, AdminAudit audit, Texts texts) {
        this(access, projects, search, timelines, current, json, audit, texts, Clock.systemUTC());
    }

    SlaPreviewResource(RestAccess access, ProjectManager projects, IssueSearch search, JiraTimelines timelines,
                       CurrentSlaConfig current, RestJson json, AdminAudit audit, Texts texts, Clock clock) {
        this.access = access;
        this.projects = projects;
        this.search = search;
        this.timelines = timelines;
        this.current = current;
        this.json = json;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response preview(String body) {
        return Answers.guard(texts, () -> {
            UserKey admin = access.administrator();
            JsonNode request = Answers.object(body, texts);
            SlaConfig proposed = proposed(Params.config(request, texts));
            Project project = project(Params.text(request, "project"));
            int count = count(request.path("issues"));
            SlaConfig before = current.get().map(CurrentSlaConfig.Versioned::config).orElse(NONE);
            Set<String> fields = new LinkedHashSet<>(before.matchedFields());
            fields.addAll(proposed.matchedFields());
            Map<String, String> summaries = new LinkedHashMap<>();
            List<IssueTimeline> replayed = new ArrayList<>();
            for (Issue issue : latest(project, count)) {
                summaries.put(issue.getKey(), issue.getSummary());
                replayed.add(timelines.timeline(issue, fields));
            }
            SlaPreview.Result result = SlaPreview.compare(replayed, before, proposed, clock.instant());
            audit.record(admin, "sla.config.preview", Map.of("project", project.getKey(), "issues", result.issues()));
            return Answers.ok(json.preview(project.getKey(), result, summaries));
        });
    }

    private SlaConfig proposed(String config) {
        try {
            return SlaConfigJson.read(config);
        } catch (SlaConfigException e) {
            throw Answers.failure(400, texts.get("singlepoint.sla.rest.error.config.invalid"), e.problems());
        }
    }

    private Project project(String key) {
        Project project = key == null ? null : projects.getProjectObjByKey(key);
        if (project == null) {
            throw Answers.failure(404, texts.get("singlepoint.sla.rest.error.project.notfound", String.valueOf(key)));
        }
        return project;
    }

    private int count(JsonNode issues) {
        if (issues.isMissingNode() || issues.isNull()) {
            return DEFAULT_ISSUES;
        }
        if (!issues.canConvertToInt() || !issues.isIntegralNumber() || issues.asInt() < 1
                || issues.asInt() > MAX_ISSUES) {
            throw Answers.failure(400, texts.get("singlepoint.sla.rest.error.issues.range", MAX_ISSUES));
        }
        return issues.asInt();
    }

    private List<Issue> latest(Project project, int count) {
        try {
            return search.latest(access.jiraUser(), project, count);
        } catch (SearchException e) {
            throw Answers.failure(500, texts.get("singlepoint.sla.rest.error.search", e.getMessage()));
        }
    }
}
