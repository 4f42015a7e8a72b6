package io.singlepoint.jira.rasci;

import static io.singlepoint.jira.rasci.RasciWorld.ANN;
import static io.singlepoint.jira.rasci.RasciWorld.CARL;
import static io.singlepoint.jira.rasci.RasciWorld.DELETED;
import static io.singlepoint.jira.rasci.RasciWorld.MALLORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.atlassian.jira.issue.fields.CustomField;

import io.singlepoint.core.rasci.Participant;
import io.singlepoint.core.rasci.RasciAssignment;
import io.singlepoint.core.rasci.RasciPolicy;
import io.singlepoint.core.rasci.RasciPolicy.RoleRule;
import io.singlepoint.core.rasci.RasciRole;
import io.singlepoint.jira.testing.BundleI18nHelper;
import io.singlepoint.jira.testing.VelocityTemplateRenderer;

import org.junit.jupiter.api.Test;

/** The field's four templates on a real Velocity engine that escapes like Jira. */
class RasciTemplatesTest {

    private final RasciWorld world = new RasciWorld();
    private final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();

    private final RasciAssignment value = RasciAssignment.of(Map.of(
            RasciRole.RESPONSIBLE, List.of(Participant.user(MALLORY), Participant.group("network-team")),
            RasciRole.ACCOUNTABLE, List.of(Participant.user(ANN)),
            RasciRole.INFORMED, List.of(Participant.user(CARL), Participant.user(DELETED),
                    Participant.email("supplier@example.com"))));

    private String render(String template, RasciAssignment assignment, Locale locale) throws IOException {
        return render(template, assignment, locale, RasciPolicy.DEFAULT);
    }

    private String render(String template, RasciAssignment assignment, Locale locale, RasciPolicy policy)
            throws IOException {
        BundleI18nHelper i18n = new BundleI18nHelper(locale);
        CustomField field = mock(CustomField.class);
        when(field.getId()).thenReturn("customfield_10100");
        when(field.getName()).thenReturn("RASCI");
        StringWriter out = new StringWriter();
        renderer.render("templates/rasci/" + template, Map.of(
                RasciFieldType.VIEW, RasciFieldView.of(assignment, world.people, i18n, policy),
                "i18n", i18n, "customField", field), out);
        return out.toString();
    }

    @Test
    void the_view_escapes_a_display_name_with_markup() throws IOException {
        String html = render("rasci-view.vm", value, Locale.ENGLISH);

        assertThat(html).doesNotContain("<script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void the_view_lists_held_roles_and_marks_deactivated_and_deleted_users() throws IOException {
        String html = render("rasci-view.vm", value, Locale.ENGLISH);

        assertThat(html).contains("<dt title=\"Does the work.\">Responsible</dt>", ">Accountable</dt>",
                ">Informed</dt>", "Ann Archer", "network-team", "supplier@example.com")
                .doesNotContain("Supportive", "Consulted");
        assertThat(html).contains("singlepoint-rasci-gone\">Carl Clay <span class=\"aui-lozenge"
                + " aui-lozenge-subtle\">deactivated</span>");
        assertThat(html).contains("singlepoint-rasci-gone\">" + DELETED + " <span class=\"aui-lozenge"
                + " aui-lozenge-subtle\">deleted user</span>");
    }

    @Test
    void the_view_speaks_german_to_a_german_reader() throws IOException {
        assertThat(render("rasci-view.vm", value, Locale.GERMAN))
                .contains(">Rechenschaftspflichtig</dt>", "deaktiviert", "gel&ouml;schter Benutzer");
    }

    @Test
    void the_view_of_no_value_is_empty() throws IOException {
        assertThat(render("rasci-view.vm", null, Locale.ENGLISH)).isBlank();
    }

    @Test
    void the_edit_form_has_one_input_per_role_named_after_the_field_and_the_roles_letter() throws IOException {
        String html = render("rasci-edit.vm", value, Locale.ENGLISH);

        for (String letter : List.of("R", "A", "S", "C", "I")) {
            assertThat(html).contains("name=\"customfield_10100:" + letter + "\"");
        }
        assertThat(html).contains("name=\"customfield_10100:A\" value=\"ann\"")
                .contains("name=\"customfield_10100:I\" value=\"carl, user:" + DELETED + ", supplier@example.com\"")
                .contains("value=\"mallory, group:network-team\"")
                .contains("Separate people with commas.");
    }

    @Test
    void the_edit_form_marks_each_input_for_the_picker_with_whether_its_role_may_hold_groups() throws IOException {
        String html = render("rasci-edit.vm", value, Locale.ENGLISH);

        // The default policy: groups may be Responsible, Supportive, Consulted, Informed, never Accountable.
        assertThat(input(html, "R")).contains("data-rasci-picker=\"true\"", "data-rasci-groups=\"true\"");
        assertThat(input(html, "A")).contains("data-rasci-picker=\"true\"", "data-rasci-groups=\"false\"");
        for (String letter : List.of("S", "C", "I")) {
            assertThat(input(html, letter)).contains("data-rasci-groups=\"true\"");
        }
        assertThat(html).contains("data-rasci-text-suggestions=\"Suggested users and groups\"",
                "data-rasci-text-group=\"group\"", "data-rasci-text-count=\"Suggestions: {0}\"");
    }

    @Test
    void the_edit_form_follows_the_fields_own_policy_for_groups() throws IOException {
        RasciPolicy groupsAccountable = new RasciPolicy(Map.of(
                RasciRole.ACCOUNTABLE, new RoleRule(1, 1, EnumSet.of(Participant.Kind.GROUP)),
                RasciRole.RESPONSIBLE, new RoleRule(1, RoleRule.UNLIMITED, EnumSet.of(Participant.Kind.USER))));

        String html = render("rasci-edit.vm", value, Locale.ENGLISH, groupsAccountable);

        assertThat(input(html, "A")).contains("data-rasci-groups=\"true\"");
        assertThat(input(html, "R")).contains("data-rasci-groups=\"false\"");
        assertThat(input(html, "I")).contains("data-rasci-groups=\"true\""); // no rule: free
    }

    @Test
    void the_edit_forms_picker_speaks_german_to_a_german_reader() throws IOException {
        assertThat(render("rasci-edit.vm", value, Locale.GERMAN))
                .contains("data-rasci-text-group=\"Gruppe\"", "data-rasci-text-count=\"Vorschl&auml;ge: {0}\"");
    }

    /** The input tag of one role. */
    private static String input(String html, String letter) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern
                .compile("<input[^>]*id=\"customfield_10100-" + letter + "\"[^>]*>").matcher(html);
        assertThat(matcher.find()).as("the input of " + letter).isTrue();
        return matcher.group();
    }

    @Test
    void the_edit_form_escapes_what_it_writes_into_attributes() throws IOException {
        String html = render("rasci-edit.vm", value, Locale.ENGLISH);

        assertThat(html).doesNotContain("<script>");
    }

    @Test
    void the_column_shows_one_line_of_names_escaped() throws IOException {
        String html = render("rasci-column.vm", value, Locale.ENGLISH).strip();

        assertThat(html).isEqualTo("Responsible: &lt;script&gt;alert(1)&lt;/script&gt;, network-team;"
                + " Accountable: Ann Archer; Informed: Carl Clay, " + DELETED + ", supplier@example.com");
    }

    @Test
    void the_xml_export_names_each_participant_with_role_and_typed_form() throws IOException {
        String xml = render("rasci-xml.vm", value, Locale.ENGLISH);

        assertThat(xml).contains("<customfieldvalue role=\"A\" participant=\"ann\">Ann Archer</customfieldvalue>")
                .contains("participant=\"group:network-team\">network-team<")
                .contains("participant=\"mallory\">&lt;script&gt;alert(1)&lt;/script&gt;</customfieldvalue>")
                .doesNotContain("<script>");
    }
}
