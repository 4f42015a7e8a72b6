package io.singlepoint.core.rasci;

import static io.singlepoint.core.rasci.Participant.email;
import static io.singlepoint.core.rasci.Participant.group;
import static io.singlepoint.core.rasci.Participant.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RasciJsonTest {

    @Example
    void the_stored_form_is_versioned_by_role_letter_in_rasci_order() {
        RasciAssignment assignment = RasciAssignment.of(Map.of(
                RasciRole.INFORMED, List.of(email("Supplier@Example.com")),
                RasciRole.ACCOUNTABLE, List.of(user("JIRAUSER10200")),
                RasciRole.RESPONSIBLE, List.of(user("JIRAUSER10100"), group("network-team"))));

        assertThat(RasciJson.write(assignment)).isEqualTo("{\"v\":1,"
                + "\"R\":[{\"user\":\"JIRAUSER10100\"},{\"group\":\"network-team\"}],"
                + "\"A\":[{\"user\":\"JIRAUSER10200\"}],"
                + "\"I\":[{\"email\":\"supplier@example.com\"}]}");
    }

    @Property(tries = 500)
    void reading_what_was_written_gives_the_assignment_back(@ForAll("assignments") RasciAssignment assignment) {
        assertThat(RasciJson.read(RasciJson.write(assignment))).isEqualTo(assignment);
    }

    @Example
    void an_empty_field_is_just_its_version() {
        assertThat(RasciJson.write(RasciAssignment.EMPTY)).isEqualTo("{\"v\":1}");
        assertThat(RasciJson.read("{\"v\":1}")).isEqualTo(RasciAssignment.EMPTY);
    }

    @Example
    void a_value_from_a_newer_version_is_refused_not_guessed() {
        assertThatThrownBy(() -> RasciJson.read("{\"v\":2,\"R\":[{\"user\":\"ann\"}]}"))
                .hasMessage("a RASCI value of version 2 needs a newer SinglePoint; this one reads version 1");
    }

    @Example
    void broken_values_say_what_is_wrong() {
        assertThatThrownBy(() -> RasciJson.read("{\"v\":1,\"X\":[]}"))
                .hasMessage("\"X\" is not a RASCI role (R, A, S, C or I)");
        assertThatThrownBy(() -> RasciJson.read("{\"v\":1,\"R\":[{\"robot\":\"r2\"}]}"))
                .hasMessage("R: \"robot\" is not user, group or email");
        assertThatThrownBy(() -> RasciJson.read("{\"v\":1,\"I\":[{\"email\":\"not an address\"}]}"))
                .hasMessage("\"not an address\" is not an e-mail address");
        assertThatThrownBy(() -> RasciJson.read("{\"v\":1,\"R\":{\"user\":\"ann\"}}"))
                .hasMessage("R: a list of participants, not {\"user\":\"ann\"}");
        assertThatThrownBy(() -> RasciJson.read("R=ann")).hasMessageStartingWith("a RASCI value is not valid JSON");
    }

    @Provide
    Arbitrary<RasciAssignment> assignments() {
        return RasciArbitraries.assignments();
    }
}
