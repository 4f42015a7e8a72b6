package io.singlepoint.jira.rasci;

import static io.singlepoint.jira.rasci.RasciWorld.ANN;
import static io.singlepoint.jira.rasci.RasciWorld.BOB;
import static io.singlepoint.jira.rasci.RasciWorld.CARL;
import static io.singlepoint.jira.rasci.RasciWorld.DELETED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.util.ErrorCollection;

import io.singlepoint.core.rasci.Participant;
import io.singlepoint.core.rasci.RasciAssignment;
import io.singlepoint.core.rasci.RasciJson;
import io.singlepoint.core.rasci.RasciPolicy;
import io.singlepoint.core.rasci.RasciRole;
import io.singlepoint.jira.rasci.ao.RasciMemberEntity;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RasciFieldTypeTest {

    @RegisterExtension
    final ActiveObjectsDatabase database = ActiveObjectsDatabase.of(RasciMemberEntity.class);

    private final RasciWorld world = new RasciWorld();
    private final CustomField field = field("customfield_10100");

    private RasciFieldType type(Locale locale) {
        return new RasciFieldType(null, null, world.form, world.people, world.messages,
                new RasciMemberships(database.activeObjects()), RasciWorld.speaking(locale));
    }

    private static CustomField field(String id) {
        CustomField field = mock(CustomField.class);
        when(field.getId()).thenReturn(id);
        when(field.getName()).thenReturn("RASCI");
        return field;
    }

    /** What Jira submits from the edit form: one value per role input, under the role's letter. */
    private static CustomFieldParams submitted(Map<String, String> inputs) {
        CustomFieldParams params = mock(CustomFieldParams.class);
        when(params.getValuesForKey(any())).thenAnswer(call -> {
            String value = inputs.get(call.<String>getArgument(0));
            return value == null ? null : List.of(value);
        });
        return params;
    }

    private static final RasciAssignment ANN_ACCOUNTABLE_BOB_RESPONSIBLE = RasciAssignment.of(Map.of(
            RasciRole.ACCOUNTABLE, List.of(Participant.user(ANN)),
            RasciRole.RESPONSIBLE, List.of(Participant.user(BOB), Participant.group("network-team")),
            RasciRole.INFORMED, List.of(Participant.email("supplier@example.com"))));

    @Test
    void a_value_is_stored_as_versioned_json_and_read_back_unchanged() {
        RasciFieldType type = type(Locale.ENGLISH);

        Object stored = type.getDbValueFromObject(ANN_ACCOUNTABLE_BOB_RESPONSIBLE);

        assertThat(stored).asString().startsWith("{\"v\":1,");
        assertThat(type.getObjectFromDbValue(stored)).isEqualTo(ANN_ACCOUNTABLE_BOB_RESPONSIBLE);
    }

    @Test
    void a_stored_value_that_is_not_rasci_json_is_a_field_validation_error_naming_the_problem() {
        assertThatThrownBy(() -> type(Locale.ENGLISH).getObjectFromDbValue("{\"v\":7,\"A\":[]}"))
                .isInstanceOf(FieldValidationException.class)
                .hasMessageContaining("version 7");
        assertThatThrownBy(() -> type(Locale.ENGLISH).getObjectFromDbValue("Ann"))
                .isInstanceOf(FieldValidationException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void the_edit_forms_inputs_are_read_per_role_by_username_group_and_address() {
        CustomFieldParams params = submitted(Map.of("R", "bob, group:network-team", "A", " ann ",
                "I", "Supplier@Example.com", "C", ""));

        assertThat(type(Locale.ENGLISH).getValueFromCustomFieldParams(params))
                .isEqualTo(ANN_ACCOUNTABLE_BOB_RESPONSIBLE);
    }

    @Test
    void an_edit_form_left_empty_is_no_value() {
        CustomFieldParams params = submitted(Map.of("R", "", "A", "", "S", "", "C", "", "I", ""));

        assertThat(type(Locale.ENGLISH).getValueFromCustomFieldParams(params)).isNull();
    }

    @Test
    void a_value_submitted_whole_under_the_fields_own_key_is_read_as_stored_json() {
        CustomFieldParams params = submitted(Map.of());
        when(params.getFirstValueForNullKey()).thenReturn(RasciJson.write(ANN_ACCOUNTABLE_BOB_RESPONSIBLE));

        assertThat(type(Locale.ENGLISH).getValueFromCustomFieldParams(params))
                .isEqualTo(ANN_ACCOUNTABLE_BOB_RESPONSIBLE);
    }

    @Test
    void a_whole_value_that_breaks_the_policy_is_rejected_like_a_typed_one() {
        CustomFieldParams params = submitted(Map.of());
        when(params.getFirstValueForNullKey()).thenReturn("{\"v\":1,\"A\":[{\"user\":\"" + ANN + "\"}]}");

        assertThatThrownBy(() -> type(Locale.ENGLISH).getValueFromCustomFieldParams(params))
                .isInstanceOf(FieldValidationException.class)
                .hasMessage("Responsible: someone must hold this role.");
    }

    @Test
    void policy_violations_are_shown_next_to_the_field_in_the_editors_language() {
        FieldConfig config = mock(FieldConfig.class);
        when(config.getCustomField()).thenReturn(field);
        Map<String, String> errors = new HashMap<>();
        ErrorCollection collection = mock(ErrorCollection.class);
        org.mockito.Mockito.doAnswer(call -> errors.put(call.getArgument(0), call.getArgument(1)))
                .when(collection).addError(any(), any());

        type(Locale.GERMAN).validateFromParams(submitted(Map.of("A", "ann, bob", "R", "")), collection, config);

        assertThat(errors).containsOnlyKeys("customfield_10100");
        assertThat(errors.get("customfield_10100"))
                .contains("Verantwortlich (Durchf\u00fchrung): Diese Rolle muss besetzt sein.")
                .contains("Rechenschaftspflichtig: Genau eine Person erlaubt, 2 angegeben.");
    }

    @Test
    void an_unknown_username_is_reported_by_role_and_word() {
        assertThatThrownBy(() -> type(Locale.ENGLISH).getValueFromCustomFieldParams(
                submitted(Map.of("A", "ann", "R", "bob, zed"))))
                .isInstanceOf(FieldValidationException.class)
                .hasMessage("Responsible: there is no user \"zed\".");
    }

    @Test
    void a_group_may_not_be_accountable_and_the_message_names_it() {
        assertThatThrownBy(() -> type(Locale.ENGLISH).getValueFromCustomFieldParams(
                submitted(Map.of("A", "group:network-team", "R", "bob"))))
                .isInstanceOf(FieldValidationException.class)
                .hasMessageStartingWith("Accountable: network-team may not hold this role");
    }

    @Test
    void the_change_history_shows_each_role_with_names_and_keeps_the_exact_json_as_value() {
        RasciFieldType type = type(Locale.ENGLISH);

        assertThat(type.getChangelogString(field, ANN_ACCOUNTABLE_BOB_RESPONSIBLE))
                .isEqualTo("Responsible: Bob Baker, network-team; Accountable: Ann Archer;"
                        + " Informed: supplier@example.com");
        assertThat(type.getChangelogValue(field, ANN_ACCOUNTABLE_BOB_RESPONSIBLE))
                .isEqualTo(RasciJson.write(ANN_ACCOUNTABLE_BOB_RESPONSIBLE));
        assertThat(type.getChangelogValue(field, null)).isEmpty();
    }

    @Test
    void deactivated_and_deleted_users_are_shown_by_name_or_key_and_marked_gone() {
        RasciAssignment value = RasciAssignment.of(Map.of(RasciRole.INFORMED,
                List.of(Participant.user(CARL), Participant.user(DELETED), Participant.user(ANN))));
        Issue issue = mock(Issue.class);
        when(field.getValue(issue)).thenReturn(value);

        RasciFieldView view = (RasciFieldView) type(Locale.ENGLISH).getVelocityParameters(issue, field, null)
                .get(RasciFieldType.VIEW);

        List<Person> informed = view.held().get(0).people();
        assertThat(informed).extracting(Person::name).containsExactly("Carl Clay", DELETED, "Ann Archer");
        assertThat(informed).extracting(Person::isGone).containsExactly(true, true, false);
        assertThat(view.held().get(0).typed()).isEqualTo("carl, user:" + DELETED + ", ann");
    }

    @Test
    void a_deleted_user_kept_in_the_edit_form_is_read_back_by_key() {
        assertThat(type(Locale.ENGLISH).getValueFromCustomFieldParams(
                submitted(Map.of("A", "ann", "R", "bob", "I", "user:" + DELETED))).participants(RasciRole.INFORMED))
                .containsExactly(Participant.user(DELETED));
    }

    @Test
    void the_view_of_an_issue_without_a_value_is_empty_with_every_role_to_edit() {
        Issue issue = mock(Issue.class);

        RasciFieldView view = (RasciFieldView) type(Locale.ENGLISH).getVelocityParameters(issue, field, null)
                .get(RasciFieldType.VIEW);

        assertThat(view.isEmpty()).isTrue();
        assertThat(view.roles()).extracting(RasciRoleView::letter).containsExactly("R", "A", "S", "C", "I");
    }

    @Test
    void the_edit_forms_picker_suggests_groups_where_the_fields_own_policy_lets_them_hold_a_role() {
        RasciPolicy groupsAccountable = new RasciPolicy(Map.of(
                RasciRole.ACCOUNTABLE, new RasciPolicy.RoleRule(1, 1, java.util.EnumSet.of(Participant.Kind.GROUP)),
                RasciRole.RESPONSIBLE, new RasciPolicy.RoleRule(1, RasciPolicy.RoleRule.UNLIMITED,
                        java.util.EnumSet.of(Participant.Kind.USER))));
        RasciForm form = new RasciForm(world.people,
                id -> id.equals("customfield_10100") ? groupsAccountable : RasciPolicy.DEFAULT);
        RasciFieldType type = new RasciFieldType(null, null, form, world.people, world.messages,
                new RasciMemberships(database.activeObjects()), RasciWorld.speaking(Locale.ENGLISH));

        RasciFieldView own = (RasciFieldView) type.getVelocityParameters(mock(Issue.class), field, null)
                .get(RasciFieldType.VIEW);
        RasciFieldView other = (RasciFieldView) type.getVelocityParameters(mock(Issue.class),
                field("customfield_10200"), null).get(RasciFieldType.VIEW);

        assertThat(own.roles()).extracting(RasciRoleView::allowsGroups)
                .containsExactly(false, true, true, true, true);
        assertThat(other.roles()).extracting(RasciRoleView::allowsGroups)
                .containsExactly(true, false, true, true, true);
    }
}
