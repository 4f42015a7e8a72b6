package io.singlepoint.jira.sla.jql;

import static io.singlepoint.jira.sla.jql.JqlStandIns.operand;
import static io.singlepoint.jira.testing.FourSlas.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.ZoneOffset;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;

import io.singlepoint.core.sla.SlaConfigJson;
import io.singlepoint.core.sla.SlaEngine;
import io.singlepoint.jira.sla.CurrentSlaConfig;
import io.singlepoint.jira.sla.ao.SlaConfigEntity;
import io.singlepoint.jira.sla.ao.SlaReplyEntity;
import io.singlepoint.jira.sla.ao.SlaStateEntity;
import io.singlepoint.jira.sla.jql.JqlStandIns.Literal;
import io.singlepoint.jira.sla.store.SlaConfigStore;
import io.singlepoint.jira.sla.store.SlaReplyStore;
import io.singlepoint.jira.sla.store.SlaStateStore;
import io.singlepoint.jira.testing.BundleI18nHelper;
import io.singlepoint.jira.testing.FourSlas;
import io.singlepoint.testkit.ao.ActiveObjectsDatabase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The translation between Jira's JQL types and {@link SlaSearches}, which {@link SlaSearchesTest} covers. */
class SlaJqlFunctionTest {

    @RegisterExtension
    final ActiveObjectsDatabase database =
            ActiveObjectsDatabase.of(SlaConfigEntity.class, SlaStateEntity.class, SlaReplyEntity.class);

    private final JqlStandIns jira = new JqlStandIns();
    private final TerminalClause clause = mock(TerminalClause.class);

    @AfterEach
    void closeStandIns() {
        jira.close();
    }

    private SlaSearches searches() {
        return new SlaSearches(new CurrentSlaConfig(new SlaConfigStore(database.activeObjects())),
                new SlaStateStore(database.activeObjects()), new SlaReplyStore(database.activeObjects()),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** The function as Jira runs it: its module descriptor gives the searcher's I18nHelper. */
    private SlaJqlFunction function(SlaFunction function, Locale searchersLocale) {
        return new SlaJqlFunction(searches(), function) {
            @Override
            protected I18nHelper getI18n() {
                return new BundleI18nHelper(searchersLocale);
            }
        };
    }

    @Test
    void the_found_issue_ids_become_literals_whose_source_is_the_functions_operand() {
        new SlaConfigStore(database.activeObjects()).save(FourSlas.CONFIG, "admin", "", NOW);
        SlaStateStore states = new SlaStateStore(database.activeObjects());
        states.replace(10_001, 1, SlaEngine.evaluate(SlaConfigJson.read(FourSlas.CONFIG),
                FourSlas.waitingIssue("SD-1"), NOW), NOW);
        states.replace(10_002, 1, SlaEngine.evaluate(SlaConfigJson.read(FourSlas.CONFIG),
                FourSlas.waitingIssue("SD-2"), NOW), NOW);
        FunctionOperand operand = operand("slaPaused", "ttr");

        function(SlaFunction.PAUSED, Locale.ENGLISH).getValues(mock(QueryCreationContext.class), operand, clause);

        assertThat(jira.literals()).containsExactly(new Literal(operand, 10_001L), new Literal(operand, 10_002L));
    }

    @Test
    void bad_arguments_come_back_as_error_messages_in_the_searchers_language() {
        MessageSet messages = function(SlaFunction.DUE_WITHIN, Locale.GERMAN)
                .validate(null, operand("slaDueWithin", "ttr", "bald"), clause);

        assertThat(messages.hasAnyErrors()).isTrue();
        assertThat(messages.getErrorMessages()).containsExactly(
                "Die Funktion slaDueWithin kann noch nicht suchen: Es wurde noch keine SLA-Konfiguration gespeichert."
                        + " Ein Jira-Administrator speichert sie unter Administration \u2192 Apps verwalten"
                        + " \u2192 SinglePoint \u2192 SLAs (/plugins/servlet/singlepoint/slas).",
                "Die Funktion slaDueWithin kann \u201ebald\u201c nicht als Dauer lesen. Schreiben Sie eine positive"
                        + " Dauer wie 30m, 4h, 1h30m, 2d, 1w oder PT4H (ein Tag hat 24 Stunden).");
        assertThat(jira.literals()).isEmpty();
    }

    @Test
    void good_arguments_validate_without_a_message() {
        new SlaConfigStore(database.activeObjects()).save(FourSlas.CONFIG, "admin", "", NOW);

        MessageSet messages = function(SlaFunction.BREACHED, Locale.ENGLISH)
                .validate(null, operand("slaBreached", "tth"), clause);

        assertThat(messages.hasAnyErrors()).isFalse();
        assertThat(messages.getErrorMessages()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(SlaFunction.class)
    void each_function_is_a_list_of_issues_taking_its_number_of_arguments(SlaFunction kind) {
        SlaJqlFunction function = switch (kind) {
            case BREACHED -> new SlaBreachedFunction(searches());
            case PAUSED -> new SlaPausedFunction(searches());
            case RUNNING -> new SlaRunningFunction(searches());
            case DUE_WITHIN -> new SlaDueWithinFunction(searches());
            case WAITING_ON_AGENT -> new SlaWaitingOnAgentFunction(searches());
        };

        assertThat(function.function()).isEqualTo(kind);
        assertThat(function.getMinimumNumberOfExpectedArguments()).isEqualTo(kind.arguments());
        assertThat(function.getDataType()).isSameAs(JiraDataTypes.ISSUE);
    }

    @Test
    void each_jql_function_module_names_the_class_of_its_function() throws Exception {
        Document descriptor;
        try (InputStream in = getClass().getResourceAsStream("/atlassian-plugin.xml")) {
            descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        NodeList modules = descriptor.getElementsByTagName("jql-function");
        Set<SlaFunction> declared = EnumSet.noneOf(SlaFunction.class);
        for (int i = 0; i < modules.getLength(); i++) {
            Element module = (Element) modules.item(i);
            if (!module.getAttribute("class").startsWith("io.singlepoint.jira.sla.")) {
                continue; // another capability's function (RASCI's rasciRole), tested there
            }
            SlaJqlFunction function = (SlaJqlFunction) Class.forName(module.getAttribute("class"))
                    .getConstructor(SlaSearches.class).newInstance(searches());
            assertThat(text(module, "fname")).isEqualTo(function.function().functionName());
            assertThat(text(module, "list")).isEqualTo("true");
            declared.add(function.function());
        }
        assertThat(declared).containsExactlyInAnyOrder(SlaFunction.values());
    }

    private static String text(Element module, String child) {
        return module.getElementsByTagName(child).item(0).getTextContent().trim();
    }
}
