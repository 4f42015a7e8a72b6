package io.singlepoint.jira.rasci.jql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;

import io.singlepoint.core.rasci.Participant;
import io.singlepoint.core.rasci.RasciAssignment;
import io.singlepoint.core.rasci.RasciRole;
import io.singlepoint.jira.rasci.RasciMemberships;
import io.singlepoint.jira.rasci.RasciPeople;
import io.singlepoint.jira.rasci.ao.RasciMemberEntity;
import io.singlepoint.jira.testing.BundleI18nHelper;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.MockedConstruction;

/**
 * {@code rasciRole} as Jira runs it: validation messages in the searcher's language, and issue ids found in the
 * search table (real H2) as literals whose source is the function's operand.
 */
class RasciRoleFunctionTest {

    @RegisterExtension
    final ActiveObjectsDatabase database = ActiveObjectsDatabase.of(RasciMemberEntity.class);

    private final UserManager users = mock(UserManager.class);
    private final com.atlassian.jira.security.groups.GroupManager groups =
            mock(com.atlassian.jira.security.groups.GroupManager.class);
    private final ApplicationUser ann = user("JIRAUSER10100", "ann");
    private final TerminalClause clause = mock(TerminalClause.class);
    private final List<Object[]> literals = new ArrayList<>();
    private final List<MockedConstruction<?>> constructions = new ArrayList<>();
    private RasciMemberships memberships;

    @BeforeEach
    void standIns() {
        memberships = new RasciMemberships(database.activeObjects());
        constructions.add(mockConstruction(QueryLiteral.class, (literal, context) ->
                literals.add(context.arguments().toArray())));
        constructions.add(mockConstruction(MessageSetImpl.class, (messages, context) -> {
            List<String> errors = new ArrayList<>();
            doAnswer(call -> errors.add(call.getArgument(0))).when(messages).addErrorMessage(anyString());
            when(messages.getErrorMessages()).thenAnswer(call -> new LinkedHashSet<>(errors));
        }));
    }

    @AfterEach
    void closeStandIns() {
        constructions.forEach(MockedConstruction::close);
    }

    private ApplicationUser user(String key, String name) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getUsername()).thenReturn(name);
        when(users.getUserByKey(key)).thenReturn(user);
        when(users.getUserByName(name)).thenReturn(user);
        return user;
    }

    private RasciRoleFunction function(Locale locale) {
        return new RasciRoleFunction(new RasciSearches(memberships, new RasciPeople(users), groups)) {
            @Override
            protected I18nHelper getI18n() {
                return new BundleI18nHelper(locale);
            }
        };
    }

    private static FunctionOperand operand(String... args) {
        FunctionOperand operand = mock(FunctionOperand.class);
        when(operand.getName()).thenReturn("rasciRole");
        when(operand.getArgs()).thenReturn(List.of(args));
        return operand;
    }

    private List<Long> found(ApplicationUser searcher, FunctionOperand operand) {
        QueryCreationContext context = mock(QueryCreationContext.class);
        when(context.getApplicationUser()).thenReturn(searcher);
        function(Locale.ENGLISH).getValues(context, operand, clause);
        assertThat(literals).allSatisfy(literal -> assertThat(literal[0]).isSameAs(operand));
        return literals.stream().map(literal -> (Long) literal[1]).toList();
    }

    private void store(long issueId, RasciRole role, Participant... participants) {
        memberships.replace(issueId, "customfield_10100", RasciAssignment.of(Map.of(role, List.of(participants))));
    }

    @Test
    void without_a_person_it_finds_where_the_searcher_holds_the_role() {
        store(7L, RasciRole.ACCOUNTABLE, Participant.user("JIRAUSER10100"));
        store(8L, RasciRole.RESPONSIBLE, Participant.user("JIRAUSER10100"));

        assertThat(found(ann, operand("Accountable"))).containsExactly(7L);
    }

    @Test
    void without_a_person_it_also_finds_where_one_of_the_searchers_groups_holds_the_role() {
        store(7L, RasciRole.INFORMED, Participant.user("JIRAUSER10100"));
        store(5L, RasciRole.INFORMED, Participant.group("network-team"), Participant.user("JIRAUSER10100"));
        store(9L, RasciRole.INFORMED, Participant.group("service-owners"));
        store(6L, RasciRole.CONSULTED, Participant.group("network-team"));
        store(2L, RasciRole.INFORMED, Participant.group("other-team"));
        when(groups.getGroupNamesForUser(ann)).thenReturn(List.of("network-team", "service-owners"));

        assertThat(found(ann, operand("Informed"))).containsExactly(5L, 7L, 9L);
        literals.clear();
        // A person named explicitly is not expanded to their groups.
        assertThat(found(ann, operand("Informed", "ann"))).containsExactly(5L, 7L);
    }

    @Test
    void a_group_is_found_in_the_role_by_name() {
        store(3L, RasciRole.INFORMED, Participant.group("network-team"));
        store(4L, RasciRole.CONSULTED, Participant.group("network-team"));

        assertThat(found(ann, operand("Informed", "group:Network-Team"))).containsExactly(3L);
    }

    @Test
    void a_person_is_named_by_username_and_a_role_by_its_letter() {
        store(5L, RasciRole.RESPONSIBLE, Participant.user("JIRAUSER10100"));

        assertThat(found(null, operand("r", "ann"))).containsExactly(5L);
    }

    @Test
    void an_unknown_role_is_reported_in_the_searchers_language() {
        MessageSet messages = function(Locale.GERMAN).validate(ann, operand("Owner"), clause);

        assertThat(messages.getErrorMessages()).containsExactly("Die Funktion rasciRole kennt keine RASCI-Rolle"
                + " \u201eOwner\u201c. Schreiben Sie Responsible, Accountable, Supportive, Consulted oder Informed"
                + " oder den Buchstaben R, A, S, C oder I.");
    }

    @Test
    void an_unknown_user_a_wrong_count_and_an_anonymous_searcher_are_reported() {
        assertThat(function(Locale.ENGLISH).validate(ann, operand("A", "zed"), clause).getErrorMessages())
                .containsExactly("The function rasciRole knows no user \"zed\". Write a username, group:NAME or"
                        + " an e-mail address.");
        assertThat(function(Locale.ENGLISH).validate(ann, operand(), clause).getErrorMessages())
                .singleElement().asString().startsWith("The function rasciRole takes one or two arguments but was"
                        + " given 0.");
        assertThat(function(Locale.ENGLISH).validate(null, operand("A"), clause).getErrorMessages())
                .singleElement().asString().contains("nobody is logged in");
        assertThat(function(Locale.ENGLISH).validate(ann, operand("I", "group:network-team"), clause)
                .getErrorMessages()).isEmpty();
    }

    @Test
    void arguments_it_cannot_answer_find_nothing_rather_than_fail() {
        store(1L, RasciRole.ACCOUNTABLE, Participant.user("JIRAUSER10100"));

        assertThat(found(null, operand("A"))).isEmpty();
        assertThat(found(ann, operand("Owner", "ann"))).isEmpty();
        assertThat(found(ann, operand("A", "zed"))).isEmpty();
    }
}
