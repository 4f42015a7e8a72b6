package io.singlepoint.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.watchers.WatcherManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.templaterenderer.TemplateRenderer;

/**
 * Every host (Jira) service the app uses, declared once so that Spring Scanner imports it from OSGi.
 *
 * <p>Components then receive these services through their constructors like any other bean. A service used
 * anywhere in the app and missing here fails at enable time, not at compile time: add it here first.
 */
@SuppressWarnings("unused")
final class ComponentImports {

    // SAL and the platform
    @ComponentImport
    private UserManager userManager;

    @ComponentImport
    private LoginUriProvider loginUriProvider;

    @ComponentImport
    private WebSudoManager webSudoManager;

    @ComponentImport
    private I18nResolver i18nResolver;

    @ComponentImport
    private TemplateRenderer templateRenderer;

    @ComponentImport
    private ActiveObjects activeObjects;

    @ComponentImport
    private EventPublisher eventPublisher;

    @ComponentImport
    private SchedulerService schedulerService;

    @ComponentImport
    private ClusterLockService clusterLockService;

    // Jira
    @ComponentImport
    private IssueManager issueManager;

    @ComponentImport
    private ChangeHistoryManager changeHistoryManager;

    @ComponentImport
    private CustomFieldManager customFieldManager;

    @ComponentImport
    private ProjectManager projectManager;

    @ComponentImport
    private IssueService issueService;

    @ComponentImport
    private SearchService searchService;

    @ComponentImport
    private WorkflowManager workflowManager;

    @ComponentImport
    private PermissionManager permissionManager;

    @ComponentImport
    private JiraAuthenticationContext jiraAuthenticationContext;

    @ComponentImport
    private com.atlassian.jira.user.util.UserManager jiraUserManager;

    // SLA clocks (issue 5): whether a commenter watches the issue
    @ComponentImport
    private WatcherManager watcherManager;

    // Views (issue panel, JQL functions): dates as Jira formats them for the viewer
    @ComponentImport
    private DateTimeFormatter dateTimeFormatter;

    // Mail handler (issue 8): the Jira user a mail's sender is
    @ComponentImport
    private com.atlassian.jira.service.util.handler.MessageUserProcessor messageUserProcessor;

    // Mail handler (issue 8): the handler's settings page hands it to the mail plugin's base action
    @ComponentImport
    private com.atlassian.plugin.PluginAccessor pluginAccessor;

    // Mail handler (issue 8): an administrator's re-run comments outside the mail service
    @ComponentImport
    private com.atlassian.jira.issue.comments.CommentManager commentManager;

    // Change notifications (issue 7): Jira's SMTP server and its base URL for links
    @ComponentImport
    private com.atlassian.mail.server.MailServerManager mailServerManager;

    @ComponentImport
    private com.atlassian.sal.api.ApplicationProperties applicationProperties;

    @ComponentImport
    private com.atlassian.jira.security.groups.GroupManager groupManager;

    @ComponentImport
    private com.atlassian.jira.security.roles.ProjectRoleManager projectRoleManager;
    // RASCI field (issue 6): what AbstractSingleFieldType stores values and defaults with
    @ComponentImport
    private com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister customFieldValuePersister;

    @ComponentImport
    private com.atlassian.jira.issue.customfields.manager.GenericConfigManager genericConfigManager;

    // Mail handler (issue 8): the blank issue of a new request from mail
    @ComponentImport
    private com.atlassian.jira.issue.IssueFactory issueFactory;

    // Change notifications (issue 7): each recipient's own language and time zone
    @ComponentImport
    private com.atlassian.jira.config.LocaleManager localeManager;

    @ComponentImport
    private com.atlassian.jira.timezone.TimeZoneManager timeZoneManager;

    // Mail handler (issue 8): the issue's attachments, to skip a mailed file the issue already has
    @ComponentImport
    private com.atlassian.jira.issue.AttachmentManager attachmentManager;

    private ComponentImports() {
    }
}
