package io.singlepoint.core.sla;

import static io.singlepoint.core.sla.ResumeOnReply.Participant.REPORTER;
import static io.singlepoint.core.sla.ResumeOnReply.Participant.WATCHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import io.singlepoint.core.fixtures.Slas;
import io.singlepoint.core.sla.ResumeOnReply.Decision;
import io.singlepoint.core.sla.ResumeOnReply.Flag;
import io.singlepoint.core.sla.ResumeOnReply.Ignore;
import io.singlepoint.core.sla.ResumeOnReply.Reason;
import io.singlepoint.core.sla.ResumeOnReply.Resume;
import io.singlepoint.core.sla.ResumeOnReply.Rules;

import org.junit.jupiter.api.Test;

class ResumeOnReplyTest {

    private static final SlaConfig CONFIG = new SlaConfig(Map.of(),
            java.util.List.of(Slas.timeToResolution(Duration.ofHours(4), BusinessCalendar.ALWAYS)));
    private static final Rules RULES = new Rules(Map.of("Info Requested", 51, "Waiting User Response", 61),
            EnumSet.of(REPORTER));

    @Test
    void the_reporters_answer_runs_the_transition_for_the_waiting_status() {
        assertThat(decide("info requested", REPORTER)).isEqualTo(new Resume("info requested", 51));
        assertThat(decide("Waiting User Response", REPORTER)).isEqualTo(new Resume("Waiting User Response", 61));
    }

    @Test
    void without_a_transition_the_issue_is_flagged_for_the_agent() {
        assertThat(decide("User Validation Required", REPORTER)).isEqualTo(new Flag("User Validation Required"));
    }

    @Test
    void an_issue_that_does_not_wait_on_the_user_is_left_alone() {
        assertThat(decide("In Progress", REPORTER)).isEqualTo(new Ignore(Reason.NOT_WAITING));
    }

    @Test
    void an_issue_waits_in_any_status_that_pauses_an_sla_whatever_its_case() {
        assertThat(ResumeOnReply.isWaiting("INFO REQUESTED", CONFIG)).isTrue();
        assertThat(ResumeOnReply.isWaiting("In Progress", CONFIG)).isFalse();
    }

    @Test
    void an_agents_or_a_strangers_comment_does_not_resume() {
        assertThat(decide("Info Requested")).isEqualTo(new Ignore(Reason.NOT_THE_ONE_WAITED_ON));
        assertThat(decide("Info Requested", WATCHER)).isEqualTo(new Ignore(Reason.NOT_THE_ONE_WAITED_ON));
    }

    @Test
    void a_project_may_count_watchers_as_the_user() {
        Rules watchersToo = new Rules(RULES.transitions(), EnumSet.of(REPORTER, WATCHER));

        assertThat(ResumeOnReply.decide("Info Requested", Set.of(WATCHER), watchersToo, CONFIG))
                .isEqualTo(new Resume("Info Requested", 51));
    }

    @Test
    void rules_read_back_what_they_write() {
        Rules asBot = new Rules(RULES.transitions(), EnumSet.of(REPORTER, WATCHER), "sd-bot");

        assertThat(Rules.fromJson(asBot.toJson())).isEqualTo(asBot);
        assertThat(Rules.fromJson(RULES.toJson())).isEqualTo(RULES);
        assertThat(new Rules(Map.of(), Set.of(REPORTER), " ").runAs()).isNull();
        assertThat(Rules.DEFAULT.toJson()).isEqualTo("{\"transitions\":{},\"answeredBy\":[\"REPORTER\"]}");
    }

    @Test
    void rules_that_are_not_rules_say_what_is_wrong() {
        assertThatThrownBy(() -> Rules.fromJson("{\"transitions\": {\"Info Requested\": \"back\"}}"))
                .hasMessage("transitions.Info Requested: a transition id is a non-negative number, not \"back\"");
        assertThatThrownBy(() -> Rules.fromJson("{\"answeredBy\": [\"BOSS\"]}"))
                .hasMessage("answeredBy: \"BOSS\" is not one of [REPORTER, WATCHER]");
        assertThatThrownBy(() -> Rules.fromJson("[")).hasMessageStartingWith("resume rules are not valid JSON");
    }

    private static Decision decide(String status, ResumeOnReply.Participant... commenter) {
        Set<ResumeOnReply.Participant> is = commenter.length == 0 ? Set.of() : EnumSet.of(commenter[0], commenter);
        return ResumeOnReply.decide(status, is, RULES, CONFIG);
    }
}
