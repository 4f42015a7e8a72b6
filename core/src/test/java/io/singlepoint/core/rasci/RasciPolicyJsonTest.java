package io.singlepoint.core.rasci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;

import io.singlepoint.core.Violation;
import io.singlepoint.core.rasci.Participant.Kind;
import io.singlepoint.core.rasci.RasciPolicy.RoleRule;

import org.junit.jupiter.api.Test;

class RasciPolicyJsonTest {

    @Test
    void the_default_policy_survives_writing_and_reading() {
        String json = RasciPolicyJson.write(RasciPolicy.DEFAULT);

        assertThat(RasciPolicyJson.read(json)).isEqualTo(RasciPolicy.DEFAULT);
        assertThat(json).startsWith("{\"v\":1,\"R\":{\"min\":1,\"kinds\":[\"user\",\"group\"]},"
                + "\"A\":{\"min\":1,\"max\":1,\"kinds\":[\"user\"]}");
    }

    @Test
    void a_written_limit_and_a_left_out_role_are_read_back() {
        RasciPolicy policy = RasciPolicyJson.read(
                "{\"v\":1,\"C\":{\"min\":0,\"max\":3,\"kinds\":[\"email\",\"user\"]}}");

        assertThat(policy.rule(RasciRole.CONSULTED)).isEqualTo(new RoleRule(0, 3, EnumSet.of(Kind.USER, Kind.EMAIL)));
        assertThat(policy.rule(RasciRole.ACCOUNTABLE).max()).isEqualTo(RoleRule.UNLIMITED);
        assertThat(RasciPolicyJson.read(RasciPolicyJson.write(policy))).isEqualTo(policy);
    }

    @Test
    void broken_or_newer_text_is_reported_not_guessed() {
        assertThatThrownBy(() -> RasciPolicyJson.read("{\"v\":2}")).hasMessageContaining("needs a newer");
        assertThatThrownBy(() -> RasciPolicyJson.read("[")).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> RasciPolicyJson.read("{\"v\":1,\"A\":{\"min\":1,\"kinds\":[\"robot\"]}}"))
                .hasMessageContaining("\"robot\" is not user, group or email");
        assertThatThrownBy(() -> RasciPolicyJson.read("{\"v\":1,\"A\":{\"min\":2,\"max\":1,\"kinds\":[\"user\"]}}"))
                .hasMessageContaining("A: ");
        assertThatThrownBy(() -> RasciPolicyJson.read("{\"v\":1,\"A\":{\"min\":\"one\",\"kinds\":[]}}"))
                .hasMessageContaining("a rule is");
    }

    @Test
    void check_names_every_problem_of_a_rule_as_violations() {
        assertThat(RasciPolicyJson.check(RasciRole.ACCOUNTABLE, 2, 1, EnumSet.noneOf(Kind.class))).containsExactly(
                Violation.of("singlepoint.rasci.policy.error.max", RasciRole.ACCOUNTABLE, 2, 1),
                Violation.of("singlepoint.rasci.policy.error.kinds", RasciRole.ACCOUNTABLE));
        assertThat(RasciPolicyJson.check(RasciRole.INFORMED, -1, 5, EnumSet.of(Kind.USER))).containsExactly(
                Violation.of("singlepoint.rasci.policy.error.min", RasciRole.INFORMED, -1));
        assertThat(RasciPolicyJson.check(RasciRole.INFORMED, 0, RoleRule.UNLIMITED, EnumSet.of(Kind.USER))).isEmpty();
        assertThat(new RasciPolicy(Map.of())).isEqualTo(RasciPolicyJson.read("{\"v\":1}"));
    }
}
