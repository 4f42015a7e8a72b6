package io.singlepoint.jira.sla;

import static io.singlepoint.core.sla.ResumeOnReply.Participant.REPORTER;
import static io.singlepoint.core.sla.ResumeOnReply.Participant.WATCHER;
import static io.singlepoint.jira.sla.SlaWorld.INFO_REQUESTED;
import static io.singlepoint.jira.sla.SlaWorld.OTHER;
import static io.singlepoint.jira.testing.JiraIssues.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.util.EnumSet;
import java.util.Map;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;

import io.singlepoint.core.sla.ResumeOnReply.Flag;
import io.singlepoint.core.sla.ResumeOnReply.Ignore;
import io.singlepoint.core.sla.ResumeOnReply.Reason;
import io.singlepoint.core.sla.ResumeOnReply.Resume;
import io.singlepoint.core.sla.ResumeOnReply.Rules;
import io.singlepoint.jira.sla.store.Reply;
import io.singlepoint.jira.sla.store.SlaTables;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SlaRepliesTest {

    private static final ApplicationUser ANN = user("ann");
    private static final ApplicationUser WATCHING_BOB = user("bob");
    private static final ApplicationUser AGENT = user("agent");
    private static final Rules REPORTER_ANSWERS = new Rules(Map.of(INFO_REQUESTED, 51), EnumSet.of(REPORTER));
    private static final Rules WATCHERS_ANSWER_TOO = new Rules(Map.of(INFO_REQUESTED, 51),
            EnumSet.of(REPORTER, WATCHER));

    @RegisterExtension
    final ActiveObjectsDatabase database = SlaTables.database();

    @Test
    void the_reporters_comment_on_a_waiting_issue_records_the_hand_back_transition() {
        SlaWorld world = new SlaWorld(database.activeObjects()).configured().handsBack(REPORTER_ANSWERS);
        MutableIssue issue = world.issue(1, INFO_REQUESTED, ANN);

        assertThat(world.replies().onComment(issue, ANN, 500)).contains(new Resume(INFO_REQUESTED, 51));

        assertThat(world.replyStore.transitionsToRun(10))
                .extracting(Reply::issueId, Reply::commentId, Reply::status, Reply::transitionId, Reply::commenterKey,
                        Reply::repliedAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 500L, INFO_REQUESTED, 51, "ann",
                        SlaWorld.NOW));
    }

    @Test
    void without_a_transition_for_the_status_the_reply_flags_the_issue() {
        SlaWorld world = new SlaWorld(database.activeObjects()).configured();
        MutableIssue issue = world.issue(2, "Waiting User Response", ANN);

        assertThat(world.replies().onComment(issue, ANN, 501)).contains(new Flag("Waiting User Response"));

        assertThat(world.replyStore.transitionsToRun(10)).isEmpty();
        assertThat(world.replyStore.flag(2)).get().extracting(Reply::commentId).isEqualTo(501L);
    }

    @Test
    void a_watchers_comment_counts_only_where_the_project_counts_watchers() {
        SlaWorld world = new SlaWorld(database.activeObjects()).configured().handsBack(REPORTER_ANSWERS);
        MutableIssue issue = world.issue(3, INFO_REQUESTED, ANN);
        when(world.watchers.isWatching(WATCHING_BOB, issue)).thenReturn(true);

        assertThat(world.replies().onComment(issue, WATCHING_BOB, 502))
                .contains(new Ignore(Reason.NOT_THE_ONE_WAITED_ON));
        assertThat(world.replyStore.transitionsToRun(10)).isEmpty();

        world.handsBack(WATCHERS_ANSWER_TOO);
        assertThat(world.replies().onComment(issue, WATCHING_BOB, 503)).contains(new Resume(INFO_REQUESTED, 51));
        assertThat(world.replyStore.transitionsToRun(10)).extracting(Reply::commenterKey).containsExactly("bob");
    }

    @Test
    void a_comment_written_for_the_requesters_side_counts_as_the_reporters_answer() {
        SlaWorld world = new SlaWorld(database.activeObjects()).configured().handsBack(REPORTER_ANSWERS);
        MutableIssue issue = world.issue(4, INFO_REQUESTED, ANN);

        assertThat(world.replies().onComment(issue, AGENT, 504, false))
                .contains(new Ignore(Reason.NOT_THE_ONE_WAITED_ON));
        assertThat(world.replies().onComment(issue, AGENT, 505, true)).contains(new Resume(INFO_REQUESTED, 51));
        assertThat(world.replyStore.transitionsToRun(10)).extracting(Reply::commenterKey).containsExactly("agent");
    }

    @Test
    void an_agents_comment_records_nothing() {
        SlaWorld world = new SlaWorld(database.activeObjects()).configured().handsBack(WATCHERS_ANSWER_TOO);
        MutableIssue issue = world.issue(4, INFO_REQUESTED, ANN);

        assertThat(world.replies().onComment(issue, AGENT, 504)).contains(new Ignore(Reason.NOT_THE_ONE_WAITED_ON));

        assertThat(world.replyStore.transitionsToRun(10)).isEmpty();
        assertThat(world.replyStore.flag(4)).isEmpty();
    }

    @Test
    void the_same_comment_told_twice_is_recorded_once() {
        SlaWorld world = new SlaWorld(database.activeObjects()).configured().handsBack(REPORTER_ANSWERS);
        MutableIssue issue = world.issue(5, INFO_REQUESTED, ANN);

        world.replies().onComment(issue, ANN, 505);
        world.replies().onComment(issue, ANN, 505);

        assertThat(world.replyStore.transitionsToRun(10)).hasSize(1);
    }

    @Test
    void a_comment_on_an_issue_that_does_not_wait_records_nothing() {
        SlaWorld world = new SlaWorld(database.activeObjects()).configured().handsBack(REPORTER_ANSWERS);
        MutableIssue issue = world.issue(6, "In Progress", ANN);

        assertThat(world.replies().onComment(issue, ANN, 506)).contains(new Ignore(Reason.NOT_WAITING));

        assertThat(world.replyStore.transitionsToRun(10)).isEmpty();
    }

    @Test
    void without_slas_for_the_project_or_without_a_configuration_a_comment_means_nothing() {
        SlaWorld world = new SlaWorld(database.activeObjects()).handsBack(REPORTER_ANSWERS);
        MutableIssue waiting = world.issue(7, INFO_REQUESTED, ANN);
        MutableIssue elsewhere = world.issue(8, OTHER, INFO_REQUESTED, ANN);

        assertThat(world.replies().onComment(waiting, ANN, 507)).isEmpty();
        world.configured();
        assertThat(world.replies().onComment(elsewhere, ANN, 508)).isEmpty();
        assertThat(world.replies().onComment(waiting, null, 509)).isEmpty();

        assertThat(world.replyStore.transitionsToRun(10)).isEmpty();
        assertThat(world.replyStore.flaggedIssues()).isEmpty();
    }
}
