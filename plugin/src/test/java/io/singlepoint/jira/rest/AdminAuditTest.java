package io.singlepoint.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AdminAuditTest {

    @Test
    void a_line_names_the_action_who_did_it_and_its_details_in_order() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", 4);
        details.put("recalculation", 12);

        assertThat(AdminAudit.line("JIRAUSER10000", "sla.config.save", details))
                .isEqualTo("SLA admin sla.config.save by JIRAUSER10000: version=4 recalculation=12");
    }

    @Test
    void values_with_spaces_quotes_or_line_breaks_are_quoted_so_that_one_action_stays_one_line() {
        assertThat(AdminAudit.line("JIRAUSER10000", "sla.config.save",
                Map.of("note", "Fewer hours\nfake=\"line\"")))
                .isEqualTo("SLA admin sla.config.save by JIRAUSER10000: note=\"Fewer hours\\nfake=\\\"line\\\"\"");
        assertThat(AdminAudit.line(null, "x", Map.of("note", ""))).isEqualTo("SLA admin x by null: note=\"\"");
    }
}
