package io.singlepoint.jira.rasci;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.AbstractSingleFieldType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.util.I18nHelper;

import io.singlepoint.core.Violation;
import io.singlepoint.core.rasci.RasciAssignment;
import io.singlepoint.core.rasci.RasciJson;
import io.singlepoint.core.rasci.RasciRole;

import jakarta.inject.Inject;

/**
 * {@code <customfield-type>} "RASCI": who is Responsible, Accountable, Supportive, Consulted and Informed. The value
 * is a {@link RasciAssignment}, stored as {@link RasciJson} in unlimited text. The edit form has one input per role
 * ({@code customfield_10100:R} …); what is typed is read by {@link RasciForm} and checked against the policy, whose
 * messages Jira shows next to the field. Every stored value is mirrored into {@link RasciMemberships}, which the JQL
 * functions search. Jira stores this class's name: it never moves.
 *
 * <p>It must not throw into the issue view: a stored value it cannot read is reported by
 * {@link #getObjectFromDbValue} as a {@link FieldValidationException}, which Jira logs and shows as empty.
 */
public final class RasciFieldType extends AbstractSingleFieldType<RasciAssignment> {

    /** The name under which the templates find their {@link RasciFieldView}. */
    public static final String VIEW = "rasci";

    private final RasciForm form;
    private final RasciPeople people;
    private final RasciMessages messages;
    private final RasciMemberships memberships;
    private final JiraAuthenticationContext authentication;
    private final RasciHistory history = new RasciHistory();
    private final Table table;

    /**
     * Where values are written. Jira's base class ({@code null} here) in Jira; a test passes its own table, because the
     * stand-in base class cannot write.
     */
    interface Table {
        void write(CustomField field, Issue issue, RasciAssignment assignment, boolean created);
    }

    @Inject
    public RasciFieldType(CustomFieldValuePersister persister, GenericConfigManager configs, RasciForm form,
                          RasciPeople people, RasciMessages messages, RasciMemberships memberships,
                          JiraAuthenticationContext authentication) {
        this(persister, configs, form, people, messages, memberships, authentication, null);
    }

    RasciFieldType(CustomFieldValuePersister persister, GenericConfigManager configs, RasciForm form,
                   RasciPeople people, RasciMessages messages, RasciMemberships memberships,
                   JiraAuthenticationContext authentication, Table table) {
        super(persister, configs);
        this.form = form;
        this.people = people;
        this.messages = messages;
        this.memberships = memberships;
        this.authentication = authentication;
        this.table = table;
    }

    @Override
    protected PersistenceFieldType getDatabaseType() {
        return PersistenceFieldType.TYPE_UNLIMITED_TEXT;
    }

    @Override
    protected Object getDbValueFromObject(RasciAssignment assignment) {
        return assignment == null ? null : RasciJson.write(assignment);
    }

    @Override
    protected RasciAssignment getObjectFromDbValue(Object stored) throws FieldValidationException {
        return getSingularObjectFromString(String.valueOf(stored));
    }

    /** The stored form, {@link RasciJson}; also what CSV import and default values carry. */
    @Override
    public String getStringFromSingularObject(RasciAssignment assignment) {
        return assignment == null ? null : RasciJson.write(assignment);
    }

    @Override
    public RasciAssignment getSingularObjectFromString(String json) throws FieldValidationException {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return RasciJson.read(json);
        } catch (IllegalArgumentException e) {
            throw new FieldValidationException(e.getMessage());
        }
    }

    /**
     * The value submitted: the per-role inputs of the edit form when there are any, else a stored form under the
     * field's own key (REST, CSV import). Unknown users and violations of the field's policy throw, with every
     * message.
     */
    @Override
    public RasciAssignment getValueFromCustomFieldParams(CustomFieldParams params) throws FieldValidationException {
        if (params == null) {
            return null;
        }
        CustomField field = params.getCustomField();
        return value(params, field == null ? null : field.getId());
    }

    /** The value submitted, checked against the policy of {@code fieldId} (the default one for {@code null}). */
    private RasciAssignment value(CustomFieldParams params, String fieldId) {
        Map<RasciRole, String> typed = typed(params);
        if (typed.isEmpty()) {
            Object whole = params.getFirstValueForNullKey();
            RasciAssignment assignment = whole == null ? null : getSingularObjectFromString(whole.toString());
            return assignment == null ? null : valid(assignment, form.check(assignment, fieldId));
        }
        RasciForm.Reading reading = form.read(typed, fieldId);
        return valid(reading.assignment(), reading.problems());
    }

    private RasciAssignment valid(RasciAssignment assignment, List<Violation> problems) {
        if (!problems.isEmpty()) {
            throw new FieldValidationException(String.join(" ", messages.texts(problems, i18n())));
        }
        return assignment.isEmpty() ? null : assignment;
    }

    /** Every problem of the submitted value, next to the field, in the editor's language. */
    @Override
    public void validateFromParams(CustomFieldParams params, ErrorCollection errors, FieldConfig config) {
        try {
            if (params != null) {
                value(params, config.getCustomField().getId());
            }
        } catch (FieldValidationException e) {
            errors.addError(config.getCustomField().getId(), e.getMessage());
        }
    }

    /** Stores a first value; its change-history text lists everyone as added. */
    @Override
    public void createValue(CustomField field, Issue issue, RasciAssignment assignment) {
        write(field, issue, assignment, true);
        memberships.replace(issue.getId(), field.getId(), assignment);
        history.written(null, assignment);
    }

    /** Replaces the stored value (or empties it, for {@code null}); remembers the old one for the change history. */
    @Override
    public void updateValue(CustomField field, Issue issue, RasciAssignment assignment) {
        RasciAssignment before = stored(field, issue);
        write(field, issue, assignment, false);
        memberships.replace(issue.getId(), field.getId(), assignment);
        history.written(before, assignment);
    }

    /** For a value stored without a change-history entry (the defaults at creation): nothing to remember. */
    void forgetChange() {
        RasciHistory.forgetThisThread();
    }

    private void write(CustomField field, Issue issue, RasciAssignment assignment, boolean created) {
        if (table != null) {
            table.write(field, issue, assignment, created);
        } else if (created) {
            super.createValue(field, issue, assignment);
        } else {
            super.updateValue(field, issue, assignment);
        }
    }

    /** The value stored now, as Jira's field reads it (for the change history: the value an update replaces). */
    private static RasciAssignment stored(CustomField field, Issue issue) {
        try {
            return field.getValue(issue) instanceof RasciAssignment assignment ? assignment : null;
        } catch (FieldValidationException e) {
            return null; // unreadable (logged where Jira reads it): the change then lists everyone as added
        }
    }

    @Override
    public Set<Long> remove(CustomField field) {
        Set<Long> issues = super.remove(field);
        memberships.forgetField(field.getId());
        return issues;
    }

    /** The raw change-history value: the stored JSON, so that history stays exact whatever names change. */
    @Override
    public String getChangelogValue(CustomField field, RasciAssignment assignment) {
        return assignment == null ? "" : RasciJson.write(assignment);
    }

    /**
     * What the change history shows. For the value this thread has just written, the change, in the editor's
     * language ({@link RasciHistory}): Jira shows it as the new value. For any other value (the old one, which Jira
     * asks for next, or a caller without a write) each role with its people's names, shown as the old value.
     */
    @Override
    public String getChangelogString(CustomField field, RasciAssignment assignment) {
        return history.takeChange(assignment, people, i18n())
                .orElseGet(() -> RasciFieldView.of(assignment, people, i18n()).line());
    }

    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem layoutItem) {
        Map<String, Object> parameters = new HashMap<>();
        Object value = issue == null || field == null ? null : field.getValue(issue);
        parameters.put(VIEW, RasciFieldView.of(value instanceof RasciAssignment assignment ? assignment : null,
                people, i18n(), form.policy(field == null ? null : field.getId())));
        return parameters;
    }

    private static Map<RasciRole, String> typed(CustomFieldParams params) {
        Map<RasciRole, String> typed = new EnumMap<>(RasciRole.class);
        for (RasciRole role : RasciRole.values()) {
            Collection<String> values = params.getValuesForKey(String.valueOf(role.letter()));
            if (values != null && !values.isEmpty()) {
                typed.put(role, String.join(",", values));
            }
        }
        return typed;
    }

    private I18nHelper i18n() {
        return authentication.getI18nHelper();
    }
}
