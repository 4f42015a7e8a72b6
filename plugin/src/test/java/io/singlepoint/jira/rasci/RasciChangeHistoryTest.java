package io.singlepoint.jira.rasci;

import static io.singlepoint.jira.rasci.RasciWorld.ANN;
import static io.singlepoint.jira.rasci.RasciWorld.BOB;
import static io.singlepoint.jira.rasci.RasciWorld.CARL;
import static io.singlepoint.jira.rasci.RasciWorld.DELETED;
import static io.singlepoint.jira.rasci.RasciWorld.MALLORY;
import static io.singlepoint.jira.rasci.RasciWorld.SCRIPT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;

import io.singlepoint.core.rasci.Participant;
import io.singlepoint.core.rasci.RasciAssignment;
import io.singlepoint.core.rasci.RasciJson;
import io.singlepoint.core.rasci.RasciRole;
import io.singlepoint.jira.rasci.ao.RasciMemberEntity;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The change history of a RASCI field, asked for as Jira's {@code DefaultCustomField.updateValue} does: read the
 * stored value, write (create or update), then the changelog value and string of the new value and, after an update,
 * of the old one. The field's values live in a map the field reads back; the search table is real (H2).
 */
class RasciChangeHistoryTest {

    @RegisterExtension
    final ActiveObjectsDatabase database = ActiveObjectsDatabase.of(RasciMemberEntity.class);

    private final RasciWorld world = new RasciWorld();
    private final Map<Issue, RasciAssignment> stored = new HashMap<>();
    private final CustomField field = mock(CustomField.class);
    private final Issue issue = issue(10001L);

    /** What Jira records: the change item's four columns. */
    record ChangeItem(String oldValue, String oldString, String newValue, String newString) { }

    private RasciFieldType type(Locale locale) {
        when(field.getId()).thenReturn("customfield_10100");
        return new RasciFieldType(null, null, world.form, world.people, world.messages,
                new RasciMemberships(database.activeObjects()), RasciWorld.speaking(locale),
                (field, issue, assignment, created) -> {
                    assertThat(stored.containsKey(issue)).isNotEqualTo(created);
                    stored.put(issue, assignment);
                });
    }

    private Issue issue(long id) {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(id);
        when(field.getValue(issue)).thenAnswer(call -> stored.get(issue));
        return issue;
    }

    /** {@code DefaultCustomField.updateValue(FieldLayoutItem, Issue, Object)}, step by step. */
    private ChangeItem edit(RasciFieldType type, Issue issue, RasciAssignment value) {
        Object existing = field.getValue(issue);
        if (existing == null) {
            type.createValue(field, issue, value);
            String newValue = type.getChangelogValue(field, value);
            return new ChangeItem(null, null, newValue, type.getChangelogString(field, value));
        }
        type.updateValue(field, issue, value);
        String newValue = type.getChangelogValue(field, value);
        String newString = type.getChangelogString(field, value);
        String oldString = type.getChangelogString(field, (RasciAssignment) existing);
        String oldValue = type.getChangelogValue(field, (RasciAssignment) existing);
        return new ChangeItem(oldValue, oldString, newValue, newString);
    }

    private static RasciAssignment value(Object... roleAndParticipants) {
        Map<RasciRole, List<Participant>> roles = new HashMap<>();
        RasciRole role = null;
        for (Object item : roleAndParticipants) {
            if (item instanceof RasciRole next) {
                role = next;
                roles.put(role, new java.util.ArrayList<>());
            } else {
                roles.get(role).add((Participant) item);
            }
        }
        return RasciAssignment.of(roles);
    }

    private static final RasciAssignment ANN_ACCOUNTABLE = value(
            RasciRole.RESPONSIBLE, Participant.user(BOB),
            RasciRole.ACCOUNTABLE, Participant.user(ANN));
    private static final RasciAssignment BOB_ACCOUNTABLE_OWNERS_INFORMED = value(
            RasciRole.RESPONSIBLE, Participant.user(BOB),
            RasciRole.ACCOUNTABLE, Participant.user(BOB),
            RasciRole.INFORMED, Participant.group("service-owners"));

    @Test
    void an_edit_shows_the_old_lists_as_from_and_the_change_as_to_and_keeps_the_exact_json_as_values() {
        RasciFieldType type = type(Locale.ENGLISH);
        stored.put(issue, ANN_ACCOUNTABLE);

        ChangeItem item = edit(type, issue, BOB_ACCOUNTABLE_OWNERS_INFORMED);

        assertThat(item).isEqualTo(new ChangeItem(RasciJson.write(ANN_ACCOUNTABLE),
                "Responsible: Bob Baker; Accountable: Ann Archer",
                RasciJson.write(BOB_ACCOUNTABLE_OWNERS_INFORMED),
                "Accountable: Ann Archer \u2192 Bob Baker; Informed: + service-owners"));
    }

    @Test
    void the_change_is_written_in_the_editors_language() {
        stored.put(issue, ANN_ACCOUNTABLE);

        ChangeItem item = edit(type(Locale.GERMAN), issue, BOB_ACCOUNTABLE_OWNERS_INFORMED);

        assertThat(item.newString())
                .isEqualTo("Rechenschaftspflichtig: Ann Archer \u2192 Bob Baker; Informiert: + service-owners");
        assertThat(item.oldString())
                .isEqualTo("Verantwortlich (Durchf\u00fchrung): Bob Baker; Rechenschaftspflichtig: Ann Archer");
    }

    @Test
    void a_first_value_lists_everyone_as_added() {
        ChangeItem item = edit(type(Locale.ENGLISH), issue, value(
                RasciRole.RESPONSIBLE, Participant.user(BOB), Participant.group("network-team"),
                RasciRole.ACCOUNTABLE, Participant.user(ANN),
                RasciRole.INFORMED, Participant.email("supplier@example.com")));

        assertThat(item.oldString()).isNull();
        assertThat(item.newString()).isEqualTo("Responsible: + Bob Baker, + network-team; Accountable: + Ann Archer;"
                + " Informed: + supplier@example.com");
    }

    @Test
    void removed_people_and_an_emptied_field_are_listed_as_removed() {
        RasciFieldType type = type(Locale.ENGLISH);
        stored.put(issue, BOB_ACCOUNTABLE_OWNERS_INFORMED);

        ChangeItem fewer = edit(type, issue, value(RasciRole.RESPONSIBLE, Participant.user(BOB),
                RasciRole.ACCOUNTABLE, Participant.user(BOB)));
        ChangeItem emptied = edit(type, issue, null);

        assertThat(fewer.newString()).isEqualTo("Informed: \u2212 service-owners");
        assertThat(emptied.newValue()).isEmpty();
        assertThat(emptied.newString()).isEqualTo("Responsible: \u2212 Bob Baker; Accountable: \u2212 Bob Baker");
        assertThat(emptied.oldString()).isEqualTo("Responsible: Bob Baker; Accountable: Bob Baker");
    }

    @Test
    void deactivated_and_deleted_users_are_named_as_the_view_shows_them_with_their_note() {
        stored.put(issue, ANN_ACCOUNTABLE);
        RasciAssignment informed = value(RasciRole.RESPONSIBLE, Participant.user(BOB),
                RasciRole.ACCOUNTABLE, Participant.user(ANN),
                RasciRole.INFORMED, Participant.user(CARL), Participant.user(DELETED));

        assertThat(edit(type(Locale.ENGLISH), issue, informed).newString())
                .isEqualTo("Informed: + Carl Clay (deactivated), + " + DELETED + " (deleted user)");
        stored.put(issue, ANN_ACCOUNTABLE);
        assertThat(edit(type(Locale.GERMAN), issue, informed).newString())
                .isEqualTo("Informiert: + Carl Clay (deaktiviert), + " + DELETED + " (gel\u00f6schter Benutzer)");
    }

    @Test
    void names_with_markup_are_plain_text_for_jira_to_escape_once_not_escaped_here() {
        stored.put(issue, ANN_ACCOUNTABLE);

        ChangeItem item = edit(type(Locale.ENGLISH), issue, value(RasciRole.RESPONSIBLE, Participant.user(BOB),
                RasciRole.ACCOUNTABLE, Participant.user(MALLORY),
                RasciRole.CONSULTED, Participant.group("R&D \"ops\"")));

        assertThat(item.newString()).isEqualTo("Accountable: Ann Archer \u2192 " + SCRIPT
                + "; Consulted: + R&D \"ops\"");
    }

    @Test
    void a_second_write_on_the_same_thread_shows_only_its_own_change() {
        RasciFieldType type = type(Locale.ENGLISH);
        Issue other = issue(10002L);
        stored.put(issue, ANN_ACCOUNTABLE);
        stored.put(other, ANN_ACCOUNTABLE);

        ChangeItem first = edit(type, issue, BOB_ACCOUNTABLE_OWNERS_INFORMED);
        ChangeItem second = edit(type, other, value(RasciRole.RESPONSIBLE, Participant.user(ANN),
                RasciRole.ACCOUNTABLE, Participant.user(ANN)));

        assertThat(first.newString()).isEqualTo("Accountable: Ann Archer \u2192 Bob Baker; Informed: + service-owners");
        assertThat(second.newString()).isEqualTo("Responsible: Bob Baker \u2192 Ann Archer");
        // the first value, asked for again after its change was taken, is its lists
        assertThat(type.getChangelogString(field, BOB_ACCOUNTABLE_OWNERS_INFORMED))
                .isEqualTo("Responsible: Bob Baker; Accountable: Bob Baker; Informed: service-owners");
    }

    @Test
    void a_write_whose_change_was_never_asked_for_is_replaced_by_the_next_write() {
        RasciFieldType type = type(Locale.ENGLISH);
        stored.put(issue, ANN_ACCOUNTABLE);
        type.updateValue(field, issue, BOB_ACCOUNTABLE_OWNERS_INFORMED); // nobody asks for its text

        type.updateValue(field, issue, ANN_ACCOUNTABLE);

        assertThat(type.getChangelogString(field, BOB_ACCOUNTABLE_OWNERS_INFORMED))
                .isEqualTo("Responsible: Bob Baker; Accountable: Bob Baker; Informed: service-owners");
        assertThat(type.getChangelogString(field, ANN_ACCOUNTABLE))
                .isEqualTo("Accountable: Bob Baker \u2192 Ann Archer; Informed: \u2212 service-owners");
    }

    @Test
    void without_a_write_on_this_thread_a_value_is_shown_as_its_lists() throws Exception {
        RasciFieldType type = type(Locale.ENGLISH);
        stored.put(issue, ANN_ACCOUNTABLE);

        assertThat(type.getChangelogString(field, ANN_ACCOUNTABLE))
                .isEqualTo("Responsible: Bob Baker; Accountable: Ann Archer");
        type.updateValue(field, issue, BOB_ACCOUNTABLE_OWNERS_INFORMED);
        assertThat(CompletableFuture.supplyAsync(
                () -> type.getChangelogString(field, BOB_ACCOUNTABLE_OWNERS_INFORMED)).get())
                .isEqualTo("Responsible: Bob Baker; Accountable: Bob Baker; Informed: service-owners");
        assertThat(type.getChangelogString(field, null)).isEmpty();
    }

    @Test
    void a_value_the_defaults_stored_without_history_is_not_remembered() {
        RasciFieldType type = type(Locale.ENGLISH);

        type.createValue(field, issue, ANN_ACCOUNTABLE);
        type.forgetChange();

        assertThat(type.getChangelogString(field, ANN_ACCOUNTABLE))
                .isEqualTo("Responsible: Bob Baker; Accountable: Ann Archer");
        assertThat(new RasciMemberships(database.activeObjects()).count(issue.getId())).isEqualTo(2);
    }
}
