package io.singlepoint.core.rasci;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random participants and assignments from small pools, so that roles share people as real ones do. */
final class RasciArbitraries {

    private RasciArbitraries() {
    }

    static Arbitrary<Participant> participants() {
        return Arbitraries.oneOf(
                Arbitraries.of("JIRAUSER10000", "JIRAUSER10001", "ann", "Bob", "<b>eve</b>").map(Participant::user),
                Arbitraries.of("network-team", "Service-Owners", "jira-users").map(Participant::group),
                Arbitraries.of("supplier@example.com", "Boss@Customer.example", "o'brien@x.example").map(Participant::email));
    }

    static Arbitrary<RasciAssignment> assignments() {
        Arbitrary<List<Participant>> lists = participants().list().ofMaxSize(4);
        return Combinators.combine(lists, lists, lists, lists, lists).as((r, a, s, c, i) -> {
            Map<RasciRole, List<Participant>> roles = new EnumMap<>(RasciRole.class);
            roles.put(RasciRole.RESPONSIBLE, r);
            roles.put(RasciRole.ACCOUNTABLE, a);
            roles.put(RasciRole.SUPPORTIVE, s);
            roles.put(RasciRole.CONSULTED, c);
            roles.put(RasciRole.INFORMED, i);
            return RasciAssignment.of(roles);
        });
    }
}
