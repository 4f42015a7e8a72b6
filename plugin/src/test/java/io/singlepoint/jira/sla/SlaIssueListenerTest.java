package io.singlepoint.jira.sla;

import static io.singlepoint.jira.sla.SlaWorld.INFO_REQUESTED;
import static io.singlepoint.jira.sla.SlaWorld.OTHER;
import static io.singlepoint.jira.testing.JiraIssues.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.EnumSet;
import java.util.Map;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;

import io.singlepoint.core.sla.ResumeOnReply.Participant;
import io.singlepoint.core.sla.ResumeOnReply.Rules;
import io.singlepoint.jira.sla.ao.SlaProjectEntity;
import io.singlepoint.jira.sla.store.RecalcQueue;
import io.singlepoint.jira.sla.store.RecalcQueue.Pending;
import io.singlepoint.jira.sla.store.SlaProjectStore;
import io.singlepoint.jira.sla.store.SlaTables;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SlaIssueListenerTest {

    private static final ApplicationUser ANN = user("ann");

    @RegisterExtension
    final ActiveObjectsDatabase database = SlaTables.database();

    @Test
    void every_event_on_an_issue_of_an_enabled_project_queues_it_and_nothing_else_is_queued() {
        SlaWorld world = new SlaWorld(database.activeObjects()).configured();
        SlaIssueListener listener = listener(world);
        Issue ours = world.issue(1, "Open", ANN);
        Issue theirs = world.issue(2, OTHER, "Open", ANN);

        for (Long type : new Long[] {EventType.ISSUE_CREATED_ID, EventType.ISSUE_UPDATED_ID,
                EventType.ISSUE_GENERICEVENT_ID, EventType.ISSUE_WORKLOGGED_ID, EventType.ISSUE_DELETED_ID}) {
            listener.onIssueEvent(event(ours, type, null));
            listener.onIssueEvent(event(theirs, type, null));
        }

        assertThat(world.queue.size()).isEqualTo(5);
        assertThat(world.queue.next(10)).extracting(Pending::issueId).containsExactly(1L);
    }

    @Test
    void the_reporters_comment_is_queued_and_recorded_as_a_reply() {
        SlaWorld world = new SlaWorld(database.activeObjects()).configured()
                .handsBack(new Rules(Map.of(INFO_REQUESTED, 51), EnumSet.of(Participant.REPORTER)));
        Issue issue = world.issue(3, INFO_REQUESTED, ANN);

        listener(world).onIssueEvent(event(issue, EventType.ISSUE_COMMENTED_ID, comment(800, ANN)));

        assertThat(world.queue.next(10)).extracting(Pending::issueId).containsExactly(3L);
        assertThat(world.replyStore.transitionsToRun(10)).singleElement()
                .satisfies(reply -> assertThat(reply.commentId()).isEqualTo(800L));
    }

    @Test
    void an_edited_comment_is_not_a_new_reply() {
        SlaWorld world = new SlaWorld(database.activeObjects()).configured();
        Issue issue = world.issue(4, INFO_REQUESTED, ANN);

        listener(world).onIssueEvent(event(issue, EventType.ISSUE_COMMENT_EDITED_ID, comment(801, ANN)));

        assertThat(world.queue.size()).isEqualTo(1);
        assertThat(world.replyStore.flaggedIssues()).isEmpty();
    }

    @Nested
    class WhenTheQueueCannotBeWritten {

        /** The projects table alone: writing to the queue fails as it would on a broken database. */
        @RegisterExtension
        final ActiveObjectsDatabase projectsOnly = ActiveObjectsDatabase.of(SlaProjectEntity.class);

        @Test
        void the_failure_is_logged_and_never_reaches_jira() {
            SlaProjectStore projects = new SlaProjectStore(projectsOnly.activeObjects());
            projects.setEnabled(SlaWorld.SERVICE_DESK, true);
            SlaWorld world = new SlaWorld(database.activeObjects()).configured();
            RecalcQueue broken = new RecalcQueue(projectsOnly.activeObjects());
            SlaIssueListener listener = new SlaIssueListener(projects, broken, world.replies(), world.clock);
            Issue issue = world.issue(5, INFO_REQUESTED, ANN);

            assertThatCode(() -> listener.onIssueEvent(event(issue, EventType.ISSUE_COMMENTED_ID, comment(802, ANN))))
                    .doesNotThrowAnyException();
            // It stopped at the queue: the reply, which it would have flagged next, was not recorded.
            assertThat(world.replyStore.flaggedIssues()).isEmpty();
        }
    }

    private static SlaIssueListener listener(SlaWorld world) {
        return new SlaIssueListener(world.projects, world.queue, world.replies(), world.clock);
    }

    private static IssueEvent event(Issue issue, Long type, Comment comment) {
        IssueEvent event = mock(IssueEvent.class);
        when(event.getIssue()).thenReturn(issue);
        when(event.getEventTypeId()).thenReturn(type);
        when(event.getComment()).thenReturn(comment);
        return event;
    }

    private static Comment comment(long id, ApplicationUser author) {
        Comment comment = mock(Comment.class);
        when(comment.getId()).thenReturn(id);
        when(comment.getAuthorApplicationUser()).thenReturn(author);
        return comment;
    }
}
