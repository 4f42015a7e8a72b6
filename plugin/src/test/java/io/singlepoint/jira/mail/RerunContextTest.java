package io.singlepoint.jira.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.File;

import com.atlassian.jira.issue.AttachmentManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.attachment.CreateAttachmentParamsBean;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.user.ApplicationUser;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** An administrator's re-run does through Jira's services what the mail service's context does. */
class RerunContextTest {

    private final CommentManager comments = mock(CommentManager.class);
    private final AttachmentManager attachments = mock(AttachmentManager.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final RerunContext context = new RerunContext(comments, attachments, issues);
    private final Issue issue = mock(Issue.class);
    private final ApplicationUser lena = mock(ApplicationUser.class);

    @Test
    void a_re_run_is_a_real_run_and_reports_without_failing() {
        assertThat(context.isRealRun()).isTrue();
        context.getMonitor().info("SinglePoint mail handler: comment SD-12");
        context.getMonitor().error("failed", new IllegalStateException("x"));
    }

    @Test
    void comments_go_through_the_comment_manager_with_their_event() {
        Comment comment = mock(Comment.class);
        when(comments.create(issue, lena, "Same here.", true)).thenReturn(comment);

        assertThat(context.createComment(issue, lena, "Same here.", true)).isSameAs(comment);
    }

    @Test
    void files_go_through_the_attachment_manager_with_name_type_author_and_issue() throws Exception {
        File file = new File("vpn-client.log");

        context.createAttachment(file, "vpn-client.log", "text/plain", lena, issue);

        ArgumentCaptor<CreateAttachmentParamsBean> bean = ArgumentCaptor.forClass(CreateAttachmentParamsBean.class);
        verify(attachments).createAttachment(bean.capture());
        assertThat(bean.getValue().getFile()).isEqualTo(file);
        assertThat(bean.getValue().getFilename()).isEqualTo("vpn-client.log");
        assertThat(bean.getValue().getContentType()).isEqualTo("text/plain");
        assertThat(bean.getValue().getAuthor()).isSameAs(lena);
        assertThat(bean.getValue().getIssue()).isSameAs(issue);
    }

    @Test
    void new_issues_go_through_the_issue_manager_as_their_reporter() throws Exception {
        Issue created = mock(Issue.class);
        when(issues.createIssueObject(any(ApplicationUser.class), any(Issue.class))).thenReturn(created);

        assertThat(context.createIssue(lena, issue)).isSameAs(created);
        verify(issues).createIssueObject(lena, issue);
    }
}
