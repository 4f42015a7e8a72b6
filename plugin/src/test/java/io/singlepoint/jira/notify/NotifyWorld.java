package io.singlepoint.jira.notify;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.atlassian.jira.config.LocaleManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.watchers.WatcherManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.opensymphony.workflow.WorkflowContext;

import io.singlepoint.jira.mail.BouncedAddresses;
import io.singlepoint.jira.mail.ao.MailBounceEntity;
import io.singlepoint.jira.notify.ao.NotifyDeliveryEntity;
import io.singlepoint.jira.notify.ao.NotifyIntentEntity;
import io.singlepoint.jira.notify.ao.NotifySenderEntity;
import io.singlepoint.jira.notify.ao.NotifyTemplateEntity;
import io.singlepoint.jira.notify.store.IntentStore;
import io.singlepoint.jira.notify.store.SenderStore;
import io.singlepoint.jira.notify.store.TemplateStore;
import io.singlepoint.jira.testing.BundleI18nResolver;
import io.singlepoint.jira.testing.TestClock;
import io.singlepoint.jira.testing.VelocityTemplateRenderer;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

/**
 * A Jira with one change, SD-12 in project SD, its people, a window field and an SMTP server: Jira's services are
 * Mockito stand-ins with real values, the stores are real (Active Objects on H2), the templates render with a real
 * Velocity engine that escapes as Jira's does, and mail goes through Jakarta Mail to a real SMTP server.
 */
final class NotifyWorld {

    static final long PROJECT_ID = 10000L;
    static final long ISSUE_ID = 10012L;
    static final Instant NOW = Instant.parse("2026-07-01T06:00:00Z");
    static final Instant WINDOW = Instant.parse("2026-07-02T06:00:00Z");
    static final String WINDOW_FIELD = "customfield_10200";
    static final String APPROVE_ACTION = "21";

    static ActiveObjectsDatabase database() {
        return ActiveObjectsDatabase.of(NotifyIntentEntity.class, NotifyDeliveryEntity.class, NotifySenderEntity.class,
                NotifyTemplateEntity.class, MailBounceEntity.class);
    }

    final TestClock clock = new TestClock(NOW);
    final IntentStore intents;
    final SenderStore senders;
    final TemplateStore templates;
    final BouncedAddresses bounced;
    final MutableIssue issue = mock(MutableIssue.class);
    final IssueManager issueManager = mock(IssueManager.class);
    final CustomFieldManager fields = mock(CustomFieldManager.class);
    final WatcherManager watchers = mock(WatcherManager.class);
    final UserManager users = mock(UserManager.class);
    final GroupManager groups = mock(GroupManager.class);
    final ProjectRoleManager roles = mock(ProjectRoleManager.class);
    final ProjectManager projects = mock(ProjectManager.class);
    final LocaleManager locales = mock(LocaleManager.class);
    final TimeZoneManager zones = mock(TimeZoneManager.class);
    final CommentManager comments = mock(CommentManager.class);
    final MailServerManager servers = mock(MailServerManager.class);
    final ApplicationProperties properties = mock(ApplicationProperties.class);
    final CustomField windowField = mock(CustomField.class);
    final List<String> watcherKeys = new ArrayList<>();
    final SmtpServerOverJakartaMail smtp;
    final ApplicationUser owner;
    final ApplicationUser engineer;
    final NotifyPostFunction postFunction;
    final NotifySender sender;
    private final ActiveObjectsDatabase database;

    NotifyWorld(ActiveObjectsDatabase database, int smtpPort) {
        this.database = database;
        intents = new IntentStore(database.activeObjects());
        senders = new SenderStore(database.activeObjects());
        templates = new TemplateStore(database.activeObjects());
        bounced = new BouncedAddresses(database.activeObjects());
        smtp = new SmtpServerOverJakartaMail(smtpPort);
        when(servers.getDefaultSMTPMailServer()).thenReturn(smtp);
        when(properties.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://jira.example.com");
        when(fields.getCustomFieldObject(WINDOW_FIELD)).thenReturn(windowField);
        when(watchers.getWatcherUserKeys(issue)).thenReturn(watcherKeys);

        Project project = mock(Project.class);
        when(project.getKey()).thenReturn("SD");
        when(issue.getId()).thenReturn(ISSUE_ID);
        when(issue.getKey()).thenReturn("SD-12");
        when(issue.getProjectObject()).thenReturn(project);
        when(projects.getProjectObjByKey("SD")).thenReturn(project);
        when(issue.getProjectId()).thenReturn(PROJECT_ID);
        when(issue.getSummary()).thenReturn("Replace the core switch in building B");
        when(issue.getUpdated()).thenReturn(Timestamp.from(NOW));
        when(issue.getCustomFieldValue(windowField)).thenReturn(Timestamp.from(WINDOW));
        when(issueManager.getIssueObject(ISSUE_ID)).thenReturn(issue);
        status("Scheduled");

        owner = user("JIRAUSER10100", "Ann Archer", "ann.archer@example.com", true);
        engineer = user("JIRAUSER10200", "Bob Brandt", "bob.brandt@example.com", true);
        when(issue.getReporter()).thenReturn(owner);
        when(issue.getAssignee()).thenReturn(engineer);

        NotifyIssues issues = new NotifyIssues(fields, watchers);
        JiraBaseUrl baseUrl = new JiraBaseUrl(properties);
        postFunction = new NotifyPostFunction(issues, intents, baseUrl, clock);
        sender = new NotifySender(intents, senders, issueManager, issues, new NotifyDirectory(users, groups, roles, projects, locales, zones),
                new JiraMailRenderer(new VelocityTemplateRenderer()), new JiraSmtp(servers), baseUrl, templates,
                new IssueComments(comments, users, new BundleI18nResolver(java.util.Locale.ENGLISH)), bounced, clock);
        senders.save(PROJECT_ID, "servicedesk@example.com", "IT Service Desk", "help@example.com", null);
    }

    void summary(String summary) {
        when(issue.getSummary()).thenReturn(summary);
    }

    /** The project has no service desk sender configured. */
    void noSender() {
        database.activeObjects().deleteWithSQL(NotifySenderEntity.class, "PROJECT_ID = ?", PROJECT_ID);
    }

    void status(String name) {
        Status status = mock(Status.class);
        when(status.getName()).thenReturn(name);
        when(issue.getStatus()).thenReturn(status);
    }

    ApplicationUser user(String key, String name, String email, boolean active) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getDisplayName()).thenReturn(name);
        when(user.getEmailAddress()).thenReturn(email);
        when(user.isActive()).thenReturn(active);
        when(users.getUserByKey(key)).thenReturn(user);
        return user;
    }

    /** The user's language and time zone in their Jira profile. */
    void profile(ApplicationUser user, java.util.Locale locale, String zone) {
        when(locales.getLocaleFor(user)).thenReturn(locale);
        when(zones.getTimeZoneforUser(user)).thenReturn(java.util.TimeZone.getTimeZone(zone));
    }

    /** The post-function as Jira runs it on the approve transition, made by {@code actorKey}. */
    void transition(String configJson, String actorKey) {
        Map<String, Object> transientVars = new HashMap<>();
        transientVars.put("issue", issue);
        transientVars.put("actionId", Integer.valueOf(APPROVE_ACTION));
        WorkflowContext context = mock(WorkflowContext.class);
        when(context.getCaller()).thenReturn(actorKey);
        transientVars.put("context", context);
        postFunction.execute(transientVars, Map.of(NotifyPostFunction.ARG_CONFIG, configJson), null);
    }
}
