package io.singlepoint.jira.rasci.jql;

import java.util.List;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.AbstractJqlFunction;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;

import jakarta.inject.Inject;

/**
 * {@code <jql-function>} {@code issue in rasciRole("Accountable")}, {@code issue in rasciRole("Informed",
 * "group:network-team")}: translates Jira's operand into {@link RasciSearches}' arguments and its answers into
 * literals (issue ids, with the operand as source). Bad arguments are reported through validation, never thrown.
 * Jira still applies the searcher's permissions to the issues found.
 */
// Not final: tests override getI18n(), which Jira fills from the module descriptor.
public class RasciRoleFunction extends AbstractJqlFunction {

    private final RasciSearches searches;

    @Inject
    public RasciRoleFunction(RasciSearches searches) {
        this.searches = searches;
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        MessageSet messages = new MessageSetImpl();
        for (String problem : searches.problems(operand.getName(), operand.getArgs(), searcher, getI18n())) {
            messages.addErrorMessage(problem);
        }
        return messages;
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext context, FunctionOperand operand,
                                        TerminalClause terminalClause) {
        return searches.issues(operand.getArgs(), context.getApplicationUser()).stream()
                .map(issueId -> new QueryLiteral(operand, issueId))
                .toList();
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return 1;
    }

    @Override
    public JiraDataType getDataType() {
        return JiraDataTypes.ISSUE;
    }
}
