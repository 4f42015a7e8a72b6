package io.singlepoint.jira.rasci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.util.ErrorCollection;

import io.singlepoint.core.rasci.Participant;
import io.singlepoint.core.rasci.RasciAssignment;
import io.singlepoint.core.rasci.RasciRole;
import io.singlepoint.jira.rasci.ao.RasciMemberEntity;
import io.singlepoint.jira.rasci.ao.RasciPolicyEntity;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The edit validation follows the policy stored for the field (H2), other fields the default one. */
class RasciFieldPolicyTest {

    private static final String LENIENT = "customfield_10100";
    private static final String PLAIN = "customfield_10200";

    @RegisterExtension
    final ActiveObjectsDatabase database = ActiveObjectsDatabase.of(RasciMemberEntity.class, RasciPolicyEntity.class);

    private final RasciWorld world = new RasciWorld();

    private RasciFieldType type() {
        RasciPolicyStore policies = new RasciPolicyStore(database.activeObjects());
        policies.save(LENIENT, RasciPolicyStoreTest.TWO_ACCOUNTABLE);
        return new RasciFieldType(null, null, new RasciForm(world.people, policies), world.people, world.messages,
                new RasciMemberships(database.activeObjects()), RasciWorld.speaking(Locale.ENGLISH));
    }

    private static CustomField field(String id) {
        CustomField field = mock(CustomField.class);
        when(field.getId()).thenReturn(id);
        return field;
    }

    private static CustomFieldParams submitted(CustomField field, Map<String, String> inputs) {
        CustomFieldParams params = mock(CustomFieldParams.class);
        when(params.getCustomField()).thenReturn(field);
        when(params.getValuesForKey(any())).thenAnswer(call -> {
            String value = inputs.get(call.<String>getArgument(0));
            return value == null ? null : List.of(value);
        });
        return params;
    }

    private Map<String, String> errors(RasciFieldType type, CustomField field, Map<String, String> inputs) {
        FieldConfig config = mock(FieldConfig.class);
        when(config.getCustomField()).thenReturn(field);
        Map<String, String> errors = new HashMap<>();
        ErrorCollection collection = mock(ErrorCollection.class);
        doAnswer(call -> errors.put(call.getArgument(0), call.getArgument(1))).when(collection).addError(any(), any());
        type.validateFromParams(submitted(null, inputs), collection, config);
        return errors;
    }

    @Test
    void a_field_with_its_own_policy_accepts_what_the_default_refuses_and_refuses_what_it_limits() {
        RasciFieldType type = type();
        Map<String, String> twoAccountableNoResponsible = Map.of("A", "ann, group:owners", "R", "");

        assertThat(errors(type, field(LENIENT), twoAccountableNoResponsible)).isEmpty();
        assertThat(type.getValueFromCustomFieldParams(submitted(field(LENIENT), twoAccountableNoResponsible)))
                .isEqualTo(RasciAssignment.of(Map.of(RasciRole.ACCOUNTABLE,
                        List.of(Participant.user(RasciWorld.ANN), Participant.group("owners")))));
        assertThat(errors(type, field(LENIENT), Map.of("A", "ann, bob, group:owners")))
                .containsEntry(LENIENT, "Accountable: at most 2 allowed, 3 given.");
    }

    @Test
    void a_field_without_one_follows_the_default_policy() {
        RasciFieldType type = type();

        assertThat(errors(type, field(PLAIN), Map.of("A", "ann, group:owners", "R", "")).get(PLAIN))
                .contains("Responsible: someone must hold this role.")
                .contains("Accountable: exactly one allowed, 2 given.");
        assertThatThrownBy(() -> type.getValueFromCustomFieldParams(
                submitted(field(PLAIN), Map.of("A", "ann, group:owners", "R", ""))))
                .isInstanceOf(FieldValidationException.class);
    }
}
