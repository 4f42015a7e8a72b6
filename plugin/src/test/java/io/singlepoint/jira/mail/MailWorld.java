package io.singlepoint.jira.mail;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueFactory;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.attachment.CreateAttachmentParamsBean;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.service.util.handler.MessageHandlerContext;
import com.atlassian.jira.service.util.handler.MessageHandlerExecutionMonitor;
import com.atlassian.jira.service.util.handler.MessageUserProcessor;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.mail.Email;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;
import com.atlassian.scheduler.SchedulerService;

import io.singlepoint.jira.notify.store.SenderStore;
import io.singlepoint.jira.sla.SlaReplies;
import io.singlepoint.jira.testing.InJvmClusterLocks;
import io.singlepoint.jira.testing.JiraIssues;

/**
 * A Jira with a service desk at jira.example.com (projects SD and CHG, address servicedesk@example.com): issues
 * SD-12 (id 10012) and CHG-45 (id 10045); Lena Fischer, a customer who may comment on both; Tom, a Jira user who may
 * comment on none; and the incoming-mail service's context, a Mockito stand-in that records the comments and files
 * it is asked to create. The processing log is real, on the test's database.
 */
final class MailWorld {

    static final Instant NOW = Instant.parse("2026-11-03T09:20:00Z");
    static final Map<String, String> PARAMS = Map.of("projects", "SD CHG",
            "addresses", "servicedesk@example.com;help@example.com", "domain", "jira.example.com");

    /** A comment the context was asked to create. */
    record Commented(String issueKey, String author, String body, long id) {
    }

    /** A file the context was asked to attach, with its bytes as they were then. */
    record Attached(String issueKey, String author, String name, String contentType, byte[] bytes) {
    }

    final MailLogStore log;
    final IssueManager issues = mock(IssueManager.class);
    final MessageUserProcessor users = mock(MessageUserProcessor.class);
    final PermissionManager permissions = mock(PermissionManager.class);
    final SlaReplies slaReplies = mock(SlaReplies.class);
    final MessageHandlerContext context = mock(MessageHandlerContext.class);
    final CommentManager commentManager = mock(CommentManager.class);
    final MailHandlerConfigs configs = new MailHandlerConfigs();
    final MessageHandlerExecutionMonitor monitor = mock(MessageHandlerExecutionMonitor.class);
    final ApplicationUser lena = JiraIssues.user("lena");
    final ApplicationUser tom = JiraIssues.user("tom");
    final MutableIssue sd12 = JiraIssues.issue(10012, "SD-12", 10000, "Info Requested", lena);
    final MutableIssue chg45 = JiraIssues.issue(10045, "CHG-45", 10001, "In Progress", lena);
    final List<Commented> comments = new ArrayList<>();
    final List<Attached> attachments = new ArrayList<>();
    /** The blank issues the processor filled and handed to the context's {@code createIssue}, in order. */
    final List<MutableIssue> created = new ArrayList<>();
    final IssueFactory issueFactory = mock(IssueFactory.class);
    final ProjectManager projects = mock(ProjectManager.class);
    /** SD-13, the issue the context creates. */
    final MutableIssue sd13 = JiraIssues.issue(10013, "SD-13", 10000, "Open", lena);
    final BouncedAddresses bounced;
    /** The custom fields: none on any issue unless a test says so. */
    final CustomFieldManager fields = mock(CustomFieldManager.class);
    /** Jira's users by name: sd-robot, the run-as user of comments written for others. */
    final UserManager userManager = mock(UserManager.class);
    final ApplicationUser robot = JiraIssues.user("sd-robot");
    final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    /** Jira's SMTP server: a stand-in that keeps the mails it is asked to send. */
    final SMTPMailServer smtp = mock(SMTPMailServer.class);
    final MailServerManager mailServers = mock(MailServerManager.class);
    final List<Email> sent = new ArrayList<>();
    /** The notification senders: SD's service desk is "Example Service Desk" &lt;servicedesk@example.com&gt;. */
    final SenderStore senders;
    final com.atlassian.jira.security.groups.GroupManager groups =
            mock(com.atlassian.jira.security.groups.GroupManager.class);
    final MailLogRetention retention;
    final InJvmClusterLocks clusterLocks = new InJvmClusterLocks();
    final MailProcessor processor;
    private final AtomicLong commentIds = new AtomicLong(500);
    /** Jira's attachments: the files added to issues in Jira (not by mail), none unless a test adds them. */
    final com.atlassian.jira.issue.AttachmentManager attachmentManager =
            mock(com.atlassian.jira.issue.AttachmentManager.class);
    final Map<String, List<com.atlassian.jira.issue.attachment.Attachment>> inJira = new java.util.HashMap<>();
    /** The names of the files in Jira whose content was read, in order. */
    final List<String> read = new ArrayList<>();

    MailWorld(ActiveObjects ao) throws Exception {
        log = new MailLogStore(ao);
        senders = new SenderStore(ao);
        when(mailServers.getDefaultSMTPMailServer()).thenReturn(smtp);
        org.mockito.Mockito.doAnswer(call -> sent.add(call.getArgument(0))).when(smtp).send(any(Email.class));
        bounced = new BouncedAddresses(ao);
        retention = new MailLogRetention(ao, log, mock(SchedulerService.class), Clock.fixed(NOW, ZoneOffset.UTC));
        for (MutableIssue issue : List.of(sd12, chg45)) {
            when(issues.getIssueObject(issue.getId())).thenReturn(issue);
            when(issues.getIssueObject(issue.getKey())).thenReturn(issue);
        }
        when(users.findUserByEmail("lena.fischer@customer.example")).thenReturn(lena);
        when(users.findUserByEmail("tom@northwind.example")).thenReturn(tom);
        when(permissions.hasPermission(any(), any(Issue.class), eq(lena))).thenReturn(true);
        when(context.isRealRun()).thenReturn(true);
        when(context.getMonitor()).thenReturn(monitor);
        when(context.createComment(any(Issue.class), any(ApplicationUser.class), anyString(), anyBoolean()))
                .thenAnswer(call -> {
                    Issue issue = call.getArgument(0);
                    ApplicationUser author = call.getArgument(1);
                    Comment comment = mock(Comment.class);
                    long id = commentIds.incrementAndGet();
                    when(comment.getId()).thenReturn(id);
                    comments.add(new Commented(issue.getKey(), author.getKey(), call.getArgument(2), id));
                    return comment;
                });
        when(context.createAttachment(any(File.class), anyString(), anyString(), any(ApplicationUser.class),
                any(Issue.class))).thenAnswer(call -> {
                    File file = call.getArgument(0);
                    ApplicationUser author = call.getArgument(3);
                    Issue issue = call.getArgument(4);
                    attachments.add(new Attached(issue.getKey(), author.getKey(), call.getArgument(1),
                            call.getArgument(2), readAll(file)));
                    return null;
                });
        when(commentManager.create(any(Issue.class), any(ApplicationUser.class), anyString(), anyBoolean()))
                .thenAnswer(call -> {
                    Issue issue = call.getArgument(0);
                    ApplicationUser author = call.getArgument(1);
                    Comment comment = mock(Comment.class);
                    long id = commentIds.incrementAndGet();
                    when(comment.getId()).thenReturn(id);
                    comments.add(new Commented(issue.getKey(), author.getKey(), call.getArgument(2), id));
                    return comment;
                });
        Project sd = mock(Project.class);
        when(sd.getId()).thenReturn(10000L);
        when(sd.getKey()).thenReturn("SD");
        when(projects.getProjectObjByKey("SD")).thenReturn(sd);
        when(issueFactory.getIssue()).thenAnswer(call -> mock(MutableIssue.class));
        when(context.createIssue(any(ApplicationUser.class), any(Issue.class))).thenAnswer(call -> {
            created.add(call.getArgument(1));
            when(issues.getIssueObject(sd13.getId())).thenReturn(sd13);
            when(issues.getIssueObject(sd13.getKey())).thenReturn(sd13);
            return sd13;
        });
        // An administrator's re-run: the same through Jira's services (RerunContext).
        when(issues.createIssueObject(any(ApplicationUser.class), any(Issue.class))).thenAnswer(call -> {
            created.add(call.getArgument(1));
            when(issues.getIssueObject(sd13.getId())).thenReturn(sd13);
            when(issues.getIssueObject(sd13.getKey())).thenReturn(sd13);
            return sd13;
        });
        when(attachmentManager.createAttachment(any(CreateAttachmentParamsBean.class))).thenAnswer(call -> {
            CreateAttachmentParamsBean bean = call.getArgument(0);
            attachments.add(new Attached(bean.getIssue().getKey(), bean.getAuthor().getKey(), bean.getFilename(),
                    bean.getContentType(), readAll(bean.getFile())));
            return null;
        });
        when(userManager.getUserByName("sd-robot")).thenReturn(robot);
        when(attachmentManager.getAttachments(any(Issue.class))).thenAnswer(call ->
                inJira.getOrDefault(((Issue) call.getArgument(0)).getKey(), List.of()));
        when(permissions.hasPermission(any(), any(Issue.class), eq(robot))).thenReturn(true);
        I18nHelper i18n = mock(I18nHelper.class);
        when(i18n.getText(eq("singlepoint.mail.reject.subject"), any(Object.class)))
                .thenAnswer(call -> "Not accepted: " + call.getArgument(1));
        when(i18n.getText(eq("singlepoint.mail.reject.body"), any(Object.class)))
                .thenAnswer(call -> "Write to " + ((List<?>) call.getArgument(1)).get(1) + ".");
        when(i18n.getText(eq("singlepoint.mail.forward.subject"), any(Object.class)))
                .thenAnswer(call -> "Rejected mail from " + ((List<?>) call.getArgument(1)).get(0));
        when(i18n.getText(eq("singlepoint.mail.forward.body"), any(Object.class)))
                .thenAnswer(call -> "Rejected: " + call.getArgument(1));
        when(i18n.getText(eq("singlepoint.mail.comment.on-behalf"), any(Object.class)))
                .thenAnswer(call -> "On behalf of " + call.getArgument(1) + ":");
        when(authentication.getI18nHelper()).thenReturn(i18n);
        processor = new MailProcessor(log, issues, users, permissions, slaReplies, commentManager, issueFactory,
                projects, bounced, fields, userManager, authentication,
                new RejectReplies(senders, bounced, log, mailServers, authentication, projects, groups),
                attachmentManager, clusterLocks, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /**
     * A file someone attached to the issue in Jira, of {@code size} bytes as Jira records it, with this content
     * ({@code null}: reading it fails).
     */
    void attachedInJira(Issue issue, String name, long size, byte[] content) throws IOException {
        com.atlassian.jira.issue.attachment.Attachment file = mock(com.atlassian.jira.issue.attachment.Attachment.class);
        when(file.getFilename()).thenReturn(name);
        when(file.getFilesize()).thenReturn(size);
        when(attachmentManager.streamAttachmentContent(eq(file), any())).thenAnswer(call -> {
            read.add(name);
            if (content == null) {
                throw new IOException("attachment file missing");
            }
            com.atlassian.jira.util.io.InputStreamConsumer<?> consumer = call.getArgument(1);
            return consumer.withInputStream(new java.io.ByteArrayInputStream(content));
        });
        inJira.computeIfAbsent(issue.getKey(), key -> new ArrayList<>()).add(file);
    }

    /** The handler as Jira's service sets it up, with {@link #PARAMS}. */
    ServiceDeskMailHandler handler() {
        return handler(PARAMS);
    }

    /** The handler with these parameters. */
    ServiceDeskMailHandler handler(Map<String, String> params) {
        ServiceDeskMailHandler handler = new ServiceDeskMailHandler(processor, configs, retention);
        handler.init(params, monitor);
        return handler;
    }

    private static byte[] readAll(File file) throws IOException {
        return Files.readAllBytes(file.toPath());
    }
}
