package io.singlepoint.core.rasci;

import static io.singlepoint.core.rasci.Participant.group;
import static io.singlepoint.core.rasci.Participant.user;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RasciDiffTest {

    private static final Map<String, String> NAMES = Map.of("JIRAUSER1", "Ann", "JIRAUSER2", "Bob", "JIRAUSER3", "Cy");

    @Example
    void a_replaced_accountable_and_an_added_group_read_as_the_issue_says() {
        RasciAssignment before = RasciAssignment.of(Map.of(RasciRole.ACCOUNTABLE, List.of(user("JIRAUSER1"))));
        RasciAssignment after = RasciAssignment.of(Map.of(RasciRole.ACCOUNTABLE, List.of(user("JIRAUSER2")),
                RasciRole.INFORMED, List.of(group("service-owners"))));

        assertThat(render(RasciDiff.between(before, after))).isEqualTo("Accountable: Ann → Bob; Informed: + service-owners");
    }

    @Example
    void additions_come_before_removals_and_a_new_order_shows_both_orders() {
        RasciAssignment before = RasciAssignment.of(Map.of(
                RasciRole.RESPONSIBLE, List.of(user("JIRAUSER1"), user("JIRAUSER2")),
                RasciRole.CONSULTED, List.of(user("JIRAUSER1"), user("JIRAUSER3"))));
        RasciAssignment after = RasciAssignment.of(Map.of(
                RasciRole.RESPONSIBLE, List.of(user("JIRAUSER2"), user("JIRAUSER1")),
                RasciRole.CONSULTED, List.of(user("JIRAUSER3"), group("dba"))));

        assertThat(render(RasciDiff.between(before, after)))
                .isEqualTo("Responsible: Ann, Bob → Bob, Ann; Consulted: + dba, − Ann");
    }

    @Property(tries = 500)
    void nothing_changed_is_no_diff(@ForAll("assignments") RasciAssignment assignment) {
        assertThat(RasciDiff.between(assignment, assignment).isEmpty()).isTrue();
    }

    @Property(tries = 500)
    void the_diff_holds_exactly_what_turns_one_assignment_into_the_other(
            @ForAll("assignments") RasciAssignment before, @ForAll("assignments") RasciAssignment after) {
        RasciDiff diff = RasciDiff.between(before, after);
        Map<RasciRole, List<Participant>> rebuilt = new EnumMap<>(RasciRole.class);
        rebuilt.putAll(before.roles());
        for (RasciDiff.RoleChange change : diff.changes()) {
            assertThat(change.before()).isEqualTo(before.participants(change.role()));
            List<Participant> applied = new ArrayList<>(change.before());
            applied.removeAll(change.removed());
            applied.addAll(change.added());
            assertThat(applied).containsExactlyInAnyOrderElementsOf(change.after());
            rebuilt.put(change.role(), change.after());
        }

        assertThat(RasciAssignment.of(rebuilt)).isEqualTo(after);
        assertThat(diff.changes()).extracting(RasciDiff.RoleChange::role).isSorted();
    }

    private static String render(RasciDiff diff) {
        return diff.render(role -> role.name().charAt(0) + role.name().substring(1).toLowerCase(),
                p -> NAMES.getOrDefault(p.value(), p.value()));
    }

    @Provide
    Arbitrary<RasciAssignment> assignments() {
        return RasciArbitraries.assignments();
    }
}
