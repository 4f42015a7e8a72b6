package io.singlepoint.core.rasci;

import static io.singlepoint.core.rasci.Participant.email;
import static io.singlepoint.core.rasci.Participant.group;
import static io.singlepoint.core.rasci.Participant.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import io.singlepoint.core.rasci.RasciDefaults.From;
import io.singlepoint.core.rasci.RasciDefaults.IssueFacts;
import io.singlepoint.core.rasci.RasciDefaults.Source;

import org.junit.jupiter.api.Test;

class RasciModelTest {

    @Test
    void roles_read_by_letter_or_name() {
        assertThat(RasciRole.of("a")).isEqualTo(RasciRole.ACCOUNTABLE);
        assertThat(RasciRole.of(" Informed ")).isEqualTo(RasciRole.INFORMED);
        assertThat(RasciRole.INFORMED.i18nKey()).isEqualTo("singlepoint.rasci.role.informed");
        assertThatThrownBy(() -> RasciRole.of("Q")).hasMessage("\"Q\" is not a RASCI role (R, A, S, C or I)");
    }

    @Test
    void groups_and_addresses_compare_ignoring_case_and_user_keys_exactly() {
        assertThat(group("Network-Team")).isEqualTo(group("network-team")).hasSameHashCodeAs(group("network-team"));
        assertThat(email("Boss@Customer.example").value()).isEqualTo("boss@customer.example");
        assertThat(user("Ann")).isNotEqualTo(user("ann"));
        assertThat(user("ann")).isNotEqualTo(group("ann"));
        assertThatThrownBy(() -> email("boss@")).hasMessage("\"boss@\" is not an e-mail address");
        assertThatThrownBy(() -> user("  ")).hasMessage("a user participant needs a value");
    }

    @Test
    void a_role_holds_each_participant_once_in_the_order_given() {
        RasciAssignment assignment = RasciAssignment.of(Map.of(RasciRole.INFORMED,
                List.of(user("ann"), group("ops"), user("ann"), group("OPS"))));

        assertThat(assignment.participants(RasciRole.INFORMED)).containsExactly(user("ann"), group("ops"));
        assertThat(assignment.participants(RasciRole.CONSULTED)).isEmpty();
    }

    @Test
    void recipients_of_several_roles_come_in_role_order_each_once() {
        RasciAssignment assignment = RasciAssignment.of(Map.of(
                RasciRole.INFORMED, List.of(user("cy"), user("ann")),
                RasciRole.ACCOUNTABLE, List.of(user("ann")),
                RasciRole.RESPONSIBLE, List.of(user("bob"))));

        assertThat(assignment.participants(EnumSet.of(RasciRole.ACCOUNTABLE, RasciRole.INFORMED)))
                .containsExactly(user("ann"), user("cy"));
        assertThat(assignment.rolesOf(user("ann"))).containsExactly(RasciRole.ACCOUNTABLE, RasciRole.INFORMED);
        assertThat(assignment.with(RasciRole.RESPONSIBLE, user("ann")).participants(RasciRole.RESPONSIBLE))
                .containsExactly(user("bob"), user("ann"));
        assertThat(assignment.withRole(RasciRole.INFORMED, List.of()).participants(RasciRole.INFORMED)).isEmpty();
    }

    @Test
    void the_suggested_defaults_make_the_project_lead_accountable_the_assignee_responsible_and_inform_the_reporter() {
        RasciAssignment filled = RasciDefaults.SUGGESTED.apply(new IssueFacts("lead", "agent", "requester"));

        assertThat(filled).isEqualTo(RasciAssignment.of(Map.of(
                RasciRole.ACCOUNTABLE, List.of(user("lead")),
                RasciRole.RESPONSIBLE, List.of(user("agent")),
                RasciRole.INFORMED, List.of(user("requester")))));
    }

    @Test
    void people_the_issue_does_not_have_are_skipped_and_fixed_ones_always_come() {
        RasciDefaults defaults = new RasciDefaults(Map.of(
                RasciRole.RESPONSIBLE, List.of(Source.of(From.ASSIGNEE), Source.fixed(group("service-desk"))),
                RasciRole.INFORMED, List.of(Source.of(From.REPORTER), Source.fixed(email("cab@example.com")))));

        RasciAssignment filled = defaults.apply(new IssueFacts("lead", null, "requester"));

        assertThat(filled.participants(RasciRole.RESPONSIBLE)).containsExactly(group("service-desk"));
        assertThat(filled.participants(RasciRole.INFORMED)).containsExactly(user("requester"), email("cab@example.com"));
        assertThat(RasciDefaults.fromJson(defaults.toJson())).isEqualTo(defaults);
        assertThat(RasciDefaults.SUGGESTED.toJson()).contains("\"A\":[\"PROJECT_LEAD\"]");
    }

    @Test
    void defaults_that_are_not_defaults_say_why() {
        assertThatThrownBy(() -> RasciDefaults.fromJson("{\"A\":[\"CEO\"]}"))
                .hasMessage("A: \"CEO\" is not PROJECT_LEAD, ASSIGNEE or REPORTER");
        assertThatThrownBy(() -> RasciDefaults.fromJson("{\"A\":[\"FIXED\"]}"))
                .hasMessage("A: \"FIXED\" is not PROJECT_LEAD, ASSIGNEE or REPORTER");
        assertThatThrownBy(() -> new Source(From.FIXED, null))
                .hasMessage("a fixed default names its participant, the others none");
    }
}
