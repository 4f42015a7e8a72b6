package io.singlepoint.jira.sla.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SlaReplyStoreTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    @RegisterExtension
    final ActiveObjectsDatabase database = ActiveObjectsDatabase.of(io.singlepoint.jira.sla.ao.SlaReplyEntity.class);

    @Test
    void a_comment_delivered_twice_is_recorded_once() {
        SlaReplyStore replies = new SlaReplyStore(database.activeObjects());

        assertThat(replies.record(1, 500, "Info Requested", 51, "ann", AT)).isTrue();
        assertThat(replies.record(1, 500, "Info Requested", 51, "ann", AT)).isFalse();

        assertThat(replies.transitionsToRun(10)).hasSize(1);
    }

    @Test
    void a_transition_that_ran_is_served_and_one_that_could_not_becomes_a_flag() {
        SlaReplyStore replies = new SlaReplyStore(database.activeObjects());
        replies.record(1, 500, "Info Requested", 51, "ann", AT);
        replies.record(2, 501, "Waiting User Response", 61, "bob", AT.plusSeconds(1));
        Reply first = replies.transitionsToRun(10).get(0);
        Reply second = replies.transitionsToRun(10).get(1);

        replies.ran(first);
        replies.flagInstead(second);

        assertThat(replies.transitionsToRun(10)).isEmpty();
        assertThat(replies.flag(1)).isEmpty();
        assertThat(replies.flag(2)).get().extracting(Reply::status, Reply::commenterKey, Reply::isFlag)
                .containsExactly("Waiting User Response", "bob", true);
        assertThat(replies.flaggedIssues()).containsExactly(2L);
    }

    @Test
    void flags_go_when_the_issue_no_longer_waits() {
        SlaReplyStore replies = new SlaReplyStore(database.activeObjects());
        replies.record(3, 600, "User Validation Required", null, "ann", AT);
        replies.record(3, 601, "User Validation Required", null, "ann", AT.plusSeconds(5));
        replies.record(4, 602, "Info Requested", null, "cy", AT);

        assertThat(replies.flag(3)).get().extracting(Reply::commentId).isEqualTo(601L);
        assertThat(replies.flaggedIssues()).containsExactly(3L, 4L);

        replies.clearFlags(3);

        assertThat(replies.flag(3)).isEmpty();
        assertThat(replies.flaggedIssues()).containsExactly(4L);
    }
}
