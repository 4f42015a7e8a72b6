package io.singlepoint.core.notify;

import static io.singlepoint.core.fixtures.People.ANN;
import static io.singlepoint.core.fixtures.People.BOB;
import static io.singlepoint.core.fixtures.People.CARLA;
import static io.singlepoint.core.fixtures.People.DAVE;
import static io.singlepoint.core.fixtures.People.ERIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import io.singlepoint.core.fixtures.Issues;
import io.singlepoint.core.fixtures.People;
import io.singlepoint.core.notify.Skipped.Reason;
import io.singlepoint.core.rasci.Participant;
import io.singlepoint.core.rasci.RasciAssignment;
import io.singlepoint.core.rasci.RasciRole;

import org.junit.jupiter.api.Test;

class RecipientsTest {

    private static final Person SUPPLIER_NOC = Person.outside("noc@supplier.example");

    private final People.InMemoryDirectory directory = People.directory()
            .group("network-team", BOB, DAVE)
            .group("service-owners", CARLA, ERIN)
            .projectRole("SD", "Service Desk Team", ANN, BOB);
    private final IssueFacts change = Issues.change().build();

    @Test
    void rasci_roles_resolve_users_group_members_and_addresses_in_rule_order() {
        Recipients recipients = resolve(null, "R", "A", "S", "C", "I");

        assertThat(addresses(recipients)).containsExactly("Bob.Brandt@example.com", "ann.archer@example.com",
                "carla.cruz@example.com", "noc@supplier.example");
        assertThat(recipients.skipped()).containsExactly(
                new Skipped("Dave Dunn (JIRAUSER10400)", Reason.INACTIVE),
                new Skipped("Erin Eck (JIRAUSER10500)", Reason.NO_ADDRESS));
    }

    @Test
    void someone_reached_by_several_rules_gets_one_mail_with_every_role_they_hold() {
        Recipients recipients = resolve(null, "reporter", "C", "I", "watchers", "email:CARLA.CRUZ@example.com");

        assertThat(addresses(recipients)).containsExactly("carla.cruz@example.com", "noc@supplier.example",
                "ann.archer@example.com");
        assertThat(recipients.recipients().get(0).roles())
                .containsExactly(RasciRole.CONSULTED, RasciRole.INFORMED);
        assertThat(recipients.recipients().get(1).person()).isEqualTo(SUPPLIER_NOC);
        assertThat(recipients.recipients().get(2).roles())
                .as("Ann holds Accountable directly, though she is reached as a watcher")
                .containsExactly(RasciRole.ACCOUNTABLE);
    }

    @Test
    void addresses_that_bounced_are_left_out_after_the_others_were_skipped() {
        Recipients recipients = resolve(null, "R", "A", "S", "C", "I")
                .withoutBounced(address -> address.normalized().equals("noc@supplier.example"));

        assertThat(addresses(recipients)).containsExactly("Bob.Brandt@example.com", "ann.archer@example.com",
                "carla.cruz@example.com");
        assertThat(recipients.skipped()).containsExactly(
                new Skipped("Dave Dunn (JIRAUSER10400)", Reason.INACTIVE),
                new Skipped("Erin Eck (JIRAUSER10500)", Reason.NO_ADDRESS),
                new Skipped(SUPPLIER_NOC.describe(), Reason.BOUNCED));
    }

    @Test
    void addresses_compare_ignoring_case_when_the_list_is_de_duplicated() {
        Recipients recipients = resolve(null, "assignee", "email:bob.brandt@EXAMPLE.com");

        assertThat(recipients.recipients()).singleElement()
                .satisfies(r -> assertThat(r.person()).isEqualTo(BOB));
    }

    @Test
    void the_actor_is_left_out_by_user_key_and_by_address_when_the_rules_say_so() {
        Recipients excluded = Recipients.resolve(RecipientRules.parse(List.of("A", "R", "email:Bob.Brandt@example.com"),
                true), change, directory, BOB.key());
        Recipients included = Recipients.resolve(RecipientRules.parse(List.of("A", "R"), false), change, directory,
                BOB.key());

        assertThat(addresses(excluded)).containsExactly("ann.archer@example.com");
        assertThat(excluded.skipped()).containsExactly(new Skipped("Bob Brandt (JIRAUSER10200)", Reason.ACTOR));
        assertThat(addresses(included)).containsExactly("ann.archer@example.com", "Bob.Brandt@example.com");
    }

    @Test
    void an_actor_the_directory_does_not_know_leaves_everyone_else_in() {
        Recipients recipients = Recipients.resolve(RecipientRules.parse(List.of("A", "R"), true), change, directory,
                "JIRAUSER99999");

        assertThat(addresses(recipients)).containsExactly("ann.archer@example.com", "Bob.Brandt@example.com");
        assertThat(recipients.skipped()).isEmpty();
    }

    @Test
    void project_roles_are_looked_up_in_the_issue_s_project_and_groups_by_name() {
        assertThat(addresses(resolve(null, "project-role:Service Desk Team", "group:service-owners")))
                .containsExactly("ann.archer@example.com", "Bob.Brandt@example.com", "carla.cruz@example.com");
    }

    @Test
    void an_unknown_user_key_and_a_person_with_a_dangerous_address_are_skipped_with_their_reason() {
        Person eve = new Person("JIRAUSER666", "Eve", "eve@example.com\r\nBcc: all@example.com", null, null, true);
        directory.user(eve);
        IssueFacts facts = change.toBuilder().watchers(List.of("JIRAUSER999", eve.key())).build();

        Recipients recipients = Recipients.resolve(RecipientRules.parse(List.of("watchers"), false), facts,
                directory, null);

        assertThat(recipients.recipients()).isEmpty();
        assertThat(recipients.skipped()).containsExactly(new Skipped("JIRAUSER999", Reason.UNKNOWN_USER),
                new Skipped("Eve (JIRAUSER666)", Reason.INVALID_ADDRESS));
    }

    @Test
    void an_outside_address_of_a_user_gets_the_user_s_name_and_language() {
        IssueFacts facts = change.toBuilder().rasci(RasciAssignment.of(Map.of(RasciRole.INFORMED,
                List.of(Participant.email("bob.brandt@example.com"))))).build();

        Recipients recipients = Recipients.resolve(RecipientRules.parse(List.of("I"), false), facts, directory, null);

        assertThat(recipients.recipients()).singleElement().satisfies(r -> {
            assertThat(r.person()).isEqualTo(BOB);
            assertThat(r.roles()).containsExactly(RasciRole.INFORMED);
        });
    }

    @Test
    void past_the_limit_people_are_skipped_not_mailed() {
        Person[] many = IntStream.range(0, 8).mapToObj(i -> new Person("JIRAUSER2" + i, "Member " + i,
                "member" + i + "@example.com", null, null, true)).toArray(Person[]::new);
        directory.group("everyone", many);

        Recipients recipients = Recipients.resolve(RecipientRules.parse(List.of("group:everyone"), false), change,
                directory, null, 5);

        assertThat(recipients.recipients()).hasSize(5);
        assertThat(recipients.skipped()).extracting(Skipped::reason).containsOnly(Reason.LIMIT).hasSize(3);
    }

    @Test
    void an_issue_without_reporter_assignee_watchers_or_rasci_resolves_to_nobody() {
        IssueFacts bare = IssueFacts.builder("10013", "SD-13").build();

        Recipients recipients = resolve(bare, "R", "A", "reporter", "assignee", "watchers");

        assertThat(recipients.recipients()).isEmpty();
        assertThat(recipients.skipped()).isEmpty();
        assertThat(Set.copyOf(addresses(resolve(bare, "email:cab@example.com")))).containsExactly("cab@example.com");
    }

    private Recipients resolve(IssueFacts facts, String... tokens) {
        return Recipients.resolve(RecipientRules.parse(List.of(tokens), false), facts == null ? change : facts,
                directory, null);
    }

    private static List<String> addresses(Recipients recipients) {
        return recipients.recipients().stream().map(r -> r.address().value()).toList();
    }
}
