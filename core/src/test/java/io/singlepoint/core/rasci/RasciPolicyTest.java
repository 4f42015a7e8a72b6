package io.singlepoint.core.rasci;

import static io.singlepoint.core.rasci.Participant.email;
import static io.singlepoint.core.rasci.Participant.group;
import static io.singlepoint.core.rasci.Participant.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import io.singlepoint.core.Violation;
import io.singlepoint.core.rasci.Participant.Kind;
import io.singlepoint.core.rasci.RasciPolicy.RoleRule;

import org.junit.jupiter.api.Test;

class RasciPolicyTest {

    @Test
    void one_accountable_and_a_responsible_user_or_group_is_valid_by_default() {
        RasciAssignment valid = RasciAssignment.of(Map.of(
                RasciRole.ACCOUNTABLE, List.of(user("ann")),
                RasciRole.RESPONSIBLE, List.of(group("network-team"), user("bob")),
                RasciRole.INFORMED, List.of(email("supplier@example.com"), group("service-owners"))));

        assertThat(RasciPolicy.DEFAULT.validate(valid)).isEmpty();
    }

    @Test
    void two_accountables_and_no_responsible_are_both_reported() {
        RasciAssignment invalid = RasciAssignment.of(Map.of(
                RasciRole.ACCOUNTABLE, List.of(user("ann"), user("bob"))));

        assertThat(RasciPolicy.DEFAULT.validate(invalid)).containsExactly(
                Violation.of("singlepoint.rasci.error.missing", RasciRole.RESPONSIBLE),
                Violation.of("singlepoint.rasci.error.onlyone", RasciRole.ACCOUNTABLE, 2));
    }

    @Test
    void an_empty_field_lacks_both_responsible_and_accountable() {
        assertThat(RasciPolicy.DEFAULT.validate(RasciAssignment.EMPTY)).extracting(Violation::i18nKey)
                .containsExactly("singlepoint.rasci.error.missing", "singlepoint.rasci.error.missing");
    }

    @Test
    void a_group_may_not_be_accountable_nor_an_outside_address_responsible() {
        RasciAssignment invalid = RasciAssignment.of(Map.of(
                RasciRole.ACCOUNTABLE, List.of(group("managers")),
                RasciRole.RESPONSIBLE, List.of(email("contractor@example.com"))));

        assertThat(RasciPolicy.DEFAULT.validate(invalid)).containsExactly(
                Violation.of("singlepoint.rasci.error.kind", RasciRole.RESPONSIBLE, email("contractor@example.com")),
                Violation.of("singlepoint.rasci.error.kind", RasciRole.ACCOUNTABLE, group("managers")));
    }

    @Test
    void a_policy_may_require_more_and_limit_others() {
        RasciPolicy strict = new RasciPolicy(Map.of(
                RasciRole.CONSULTED, new RoleRule(2, 3, EnumSet.of(Kind.USER)),
                RasciRole.INFORMED, new RoleRule(0, 2, EnumSet.allOf(Kind.class))));
        RasciAssignment assignment = RasciAssignment.of(Map.of(
                RasciRole.CONSULTED, List.of(user("ann")),
                RasciRole.INFORMED, List.of(user("a"), user("b"), user("c"))));

        assertThat(strict.validate(assignment)).containsExactly(
                Violation.of("singlepoint.rasci.error.toofew", RasciRole.CONSULTED, 2, 1),
                Violation.of("singlepoint.rasci.error.toomany", RasciRole.INFORMED, 2, 3));
        assertThat(strict.rule(RasciRole.ACCOUNTABLE).min()).as("a role without a rule is free").isZero();
    }

    @Test
    void a_rule_that_cannot_be_satisfied_is_refused() {
        assertThatThrownBy(() -> new RoleRule(2, 1, EnumSet.of(Kind.USER)))
                .hasMessage("a role needs 0 or more and allows at least 1 and at least as many as it needs, not 2 to 1");
        assertThatThrownBy(() -> new RoleRule(0, 1, EnumSet.noneOf(Kind.class)))
                .hasMessage("a role must allow users, groups or addresses");
    }
}
