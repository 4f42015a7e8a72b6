package io.singlepoint.jira.sla.jql;

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

/**
 * A {@code <jql-function>} over issues that {@link SlaSearches} answers: it translates Jira's operand into arguments
 * and the answers into what Jira wants, a message set in the searcher's language ({@link #getI18n()}) and one
 * literal per issue id with the function's operand as source. It never throws for bad arguments: it reports them.
 */
public abstract class SlaJqlFunction extends AbstractJqlFunction {

    private final SlaSearches searches;
    private final SlaFunction function;

    SlaJqlFunction(SlaSearches searches, SlaFunction function) {
        this.searches = searches;
        this.function = function;
    }

    SlaFunction function() {
        return function;
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        MessageSet messages = new MessageSetImpl();
        for (String problem : searches.problems(function, operand.getName(), operand.getArgs(), getI18n())) {
            messages.addErrorMessage(problem);
        }
        return messages;
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand,
                                        TerminalClause terminalClause) {
        return searches.issues(function, operand.getArgs()).stream()
                .map(issueId -> new QueryLiteral(operand, issueId))
                .toList();
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return function.arguments();
    }

    @Override
    public JiraDataType getDataType() {
        return JiraDataTypes.ISSUE;
    }
}
