package io.singlepoint.jira.rest;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.query.Query;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import io.singlepoint.jira.sla.CurrentSlaConfig;
import io.singlepoint.jira.sla.JiraTimelines;
import io.singlepoint.jira.sla.ao.SlaConfigEntity;
import io.singlepoint.jira.sla.ao.SlaProjectEntity;
import io.singlepoint.jira.sla.ao.SlaQueueEntity;
import io.singlepoint.jira.sla.ao.SlaRecalcEntity;
import io.singlepoint.jira.sla.ao.SlaReplyEntity;
import io.singlepoint.jira.sla.ao.SlaStateEntity;
import io.singlepoint.jira.sla.store.RecalcTaskStore;
import io.singlepoint.jira.sla.store.SlaConfigStore;
import io.singlepoint.jira.sla.store.SlaProjectStore;
import io.singlepoint.jira.sla.store.SlaStateStore;
import io.singlepoint.jira.testing.BundleI18nResolver;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The REST API as Jira would run it: every resource of {@code io.singlepoint.jira.rest} in a real JAX-RS runtime
 * (Jersey, on the JDK's HTTP server at {@code 127.0.0.1}, under {@code /rest/singlepoint/1.0}), over the real stores
 * on a fresh database, with Jira's services played by Mockito: users, issues, projects, searches and workflows, set
 * up by the methods below. Answers in English.
 */
final class RestFixture implements AutoCloseable {

    static final String BASE = "/rest/singlepoint/1.0";
    static final Instant NOW = Instant.parse("2026-03-03T09:00:00Z");

    static ActiveObjectsDatabase database() {
        return ActiveObjectsDatabase.of(SlaConfigEntity.class, SlaStateEntity.class, SlaQueueEntity.class,
                SlaRecalcEntity.class, SlaProjectEntity.class, SlaReplyEntity.class);
    }

    // Jira's services
    final UserManager salUsers = mock(UserManager.class);
    final com.atlassian.jira.user.util.UserManager jiraUsers = mock(com.atlassian.jira.user.util.UserManager.class);
    final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    final IssueManager issueManager = mock(IssueManager.class);
    final PermissionManager permissions = mock(PermissionManager.class);
    final ProjectManager projectManager = mock(ProjectManager.class);
    final SearchService searchService = mock(SearchService.class);
    final WorkflowManager workflowManager = mock(WorkflowManager.class);
    final ChangeHistoryManager changeHistory = mock(ChangeHistoryManager.class);
    final CustomFieldManager customFields = mock(CustomFieldManager.class);

    // The app's own parts, real
    final SlaConfigStore configs;
    final SlaStateStore states;
    final RecalcTaskStore tasks;
    final SlaProjectStore projectSettings;

    /** The audit trail's lines, as the log would get them. */
    final List<String> auditLines = new java.util.concurrent.CopyOnWriteArrayList<>();

    final Account admin = account("JIRAUSER10000", "ann", "Ann Admin", true);
    final Account agent = account("JIRAUSER10001", "bob", "Bob Agent", false);
    final Account bot = account("JIRAUSER10002", "sd-bot", "Service Desk Bot", false);

    private final List<Project> projects = new ArrayList<>();
    private final Map<Long, List<Issue>> issuesByProject = new HashMap<>();
    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();

    /** A user as SAL and Jira know them. */
    record Account(UserKey key, ApplicationUser user) {
    }

    RestFixture(ActiveObjects ao) {
        this(ao, Locale.ENGLISH);
    }

    RestFixture(ActiveObjects ao, Locale locale) {
        configs = new SlaConfigStore(ao);
        states = new SlaStateStore(ao);
        tasks = new RecalcTaskStore(ao);
        projectSettings = new SlaProjectStore(ao);
        when(projectManager.getProjectObjects()).thenReturn(projects);
        signIn(admin);
        server = start(resources(new Texts(new BundleI18nResolver(locale))));
    }

    private ResourceConfig resources(Texts texts) {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        RestAccess access = new RestAccess(salUsers, authentication, texts);
        RestJson json = new RestJson(jiraUsers);
        AdminAudit audit = new AdminAudit(clock, auditLines::add);
        CurrentSlaConfig current = new CurrentSlaConfig(configs);
        IssueSearch search = new IssueSearch(searchService, size -> pager(size));
        return new ResourceConfig().registerInstances(
                new SlaIssueResource(access, issueManager, permissions, states, configs, texts),
                new SlaConfigResource(access, configs, projectSettings, tasks, json, audit, texts, clock),
                new SlaPreviewResource(access, projectManager, search, new JiraTimelines(changeHistory, customFields),
                        current, json, audit, texts, clock),
                new SlaRecalculationResource(access, tasks, configs, projectManager, search, json, audit, texts,
                        clock),
                new SlaProjectResource(access, projectManager, projectSettings, current,
                        new WorkflowTransitions(workflowManager), tasks, jiraUsers, json, audit, texts, clock));
    }

    /** Pages asked for, by size: Jira's pager cannot be constructed outside Jira. */
    final List<Integer> pageSizes = new ArrayList<>();

    @SuppressWarnings("unchecked")
    private PagerFilter<Issue> pager(int size) {
        pageSizes.add(size);
        return mock(PagerFilter.class);
    }

    private static HttpServer start(ResourceConfig resources) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext(BASE, ContainerFactory.createContainer(com.sun.net.httpserver.HttpHandler.class,
                    resources));
            // A browser asks for several things at once.
            server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server, to add the page and its script to. */
    HttpServer server() {
        return server;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Override
    public void close() {
        // HttpServer.stop waits for its dispatcher's next wake-up, up to a second: let it stop on its own.
        Thread stopping = new Thread(() -> {
            server.stop(0);
            ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
        }, "rest-fixture-stop");
        stopping.setDaemon(true);
        stopping.start();
    }

    // ---- users ------------------------------------------------------------------------------------------------

    private Account account(String key, String username, String name, boolean isAdmin) {
        UserKey userKey = mock(UserKey.class);
        when(userKey.getStringValue()).thenReturn(key);
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getUsername()).thenReturn(username);
        when(user.getName()).thenReturn(username);
        when(user.getDisplayName()).thenReturn(name);
        when(salUsers.isAdmin(userKey)).thenReturn(isAdmin);
        when(jiraUsers.getUserByKey(key)).thenReturn(user);
        when(jiraUsers.getUserByName(username)).thenReturn(user);
        return new Account(userKey, user);
    }

    void signIn(Account account) {
        when(salUsers.getRemoteUserKey()).thenReturn(account.key());
        when(authentication.getLoggedInUser()).thenReturn(account.user());
    }

    void signOut() {
        when(salUsers.getRemoteUserKey()).thenReturn(null);
        when(authentication.getLoggedInUser()).thenReturn(null);
    }

    // ---- projects, issues, searches ---------------------------------------------------------------------------

    Project project(long id, String key, String name) {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(id);
        when(project.getKey()).thenReturn(key);
        when(project.getName()).thenReturn(name);
        when(projectManager.getProjectObjByKey(key)).thenReturn(project);
        when(projectManager.getProjectObj(id)).thenReturn(project);
        projects.add(project);
        issuesByProject.put(id, new ArrayList<>());
        answerSearch(project);
        return project;
    }

    /**
     * An issue of {@code project} created at {@code created}, then changing status as {@code changes} say, each
     * {@code "<instant> <from> -> <to>"}; its current status is the last one reached. Searches find the newest first.
     */
    MutableIssue issue(Project project, long id, String key, String summary, String created, String priority,
                       String... changes) {
        Long projectId = project.getId();
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issue.getSummary()).thenReturn(summary);
        when(issue.getProjectObject()).thenReturn(project);
        when(issue.getProjectId()).thenReturn(projectId);
        when(issue.getCreated()).thenReturn(Timestamp.from(Instant.parse(created)));
        if (priority != null) {
            Priority named = mock(Priority.class);
            when(named.getName()).thenReturn(priority);
            when(issue.getPriority()).thenReturn(named);
        }
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn("Incident");
        when(issue.getIssueType()).thenReturn(type);
        List<ChangeItemBean> items = new ArrayList<>();
        String current = "Open";
        for (String change : changes) {
            String[] at = change.split(" ", 2);
            String[] fromTo = at[1].split(" -> ");
            items.add(changeItem(at[0], fromTo[0], fromTo[1]));
            current = fromTo[1];
        }
        when(changeHistory.getChangeItemsForField(issue, "status")).thenReturn(items);
        Status status = status(current);
        when(issue.getStatus()).thenReturn(status);
        when(issueManager.getIssueObject(key)).thenReturn(issue);
        when(issueManager.getIssueObject(id)).thenReturn(issue);
        issuesByProject.get(projectId).add(0, issue);
        return issue;
    }

    static Status status(String name) {
        Status status = mock(Status.class);
        when(status.getName()).thenReturn(name);
        when(status.getId()).thenReturn(String.valueOf(Math.abs(name.hashCode())));
        return status;
    }

    private static ChangeItemBean changeItem(String at, String from, String to) {
        ChangeItemBean item = mock(ChangeItemBean.class);
        when(item.getCreated()).thenReturn(Timestamp.from(Instant.parse(at)));
        when(item.getFromString()).thenReturn(from);
        when(item.getToString()).thenReturn(to);
        when(item.getField()).thenReturn("status");
        return item;
    }

    void mayBrowse(Account account, Issue issue, boolean may) {
        // ProjectPermissions' constants are null among the stand-ins; Jira passes its own.
        when(permissions.hasPermission(any(), eq(issue), eq(account.user()))).thenReturn(may);
    }

    /** Jira answers project searches of the admin with the project's issues, newest first, the page's size. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void answerSearch(Project project) {
        String jql = "project = " + project.getId() + " ORDER BY created DESC";
        Query query = mock(Query.class);
        SearchService.ParseResult parsed = parsed(query, List.of());
        when(searchService.parseQuery(any(), eq(jql))).thenReturn(parsed);
        try {
            when(searchService.search(any(), eq(query), any(PagerFilter.class))).thenAnswer(call -> {
                List<Issue> all = issuesByProject.get(project.getId());
                int size = pageSizes.isEmpty() ? all.size() : pageSizes.get(pageSizes.size() - 1);
                SearchResults results = mock(SearchResults.class);
                when(results.getResults()).thenReturn(all.subList(0, Math.min(size, all.size())));
                return results;
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Jira's parser accepts {@code jql}, or finds {@code errors} in it. */
    void jql(String jql, String... errors) {
        SearchService.ParseResult parsed = parsed(mock(Query.class), Arrays.asList(errors));
        when(searchService.parseQuery(any(), eq(jql))).thenReturn(parsed);
    }

    private static SearchService.ParseResult parsed(Query query, List<String> errors) {
        SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
        when(parsed.isValid()).thenReturn(errors.isEmpty());
        when(parsed.getQuery()).thenReturn(query);
        MessageSet messages = mock(MessageSet.class);
        when(messages.getErrorMessages()).thenReturn(new java.util.LinkedHashSet<>(errors));
        when(messages.hasAnyErrors()).thenReturn(!errors.isEmpty());
        when(parsed.getErrors()).thenReturn(messages);
        return parsed;
    }

    // ---- HTTP -------------------------------------------------------------------------------------------------

    /** An answer: its status, its JSON (or null), its content type. */
    record Answer(int status, JsonNode json, String contentType) {
    }

    Answer get(String path) {
        return call("GET", path, null);
    }

    Answer call(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(BASE + path)).header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isEmpty() ? null : mapper.readTree(response.body());
            return new Answer(response.statusCode(), json,
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code text} as a JSON string literal, for building request bodies. */
    String quote(String text) {
        try {
            return mapper.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
