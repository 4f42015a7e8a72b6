package com.atlassian.jira.jql.operand;

import com.atlassian.query.operand.Operand;

/**
 * Stand-in: jira-api. A class. A JQL function returns one literal per value, with the function's
 * {@code FunctionOperand} as source operand; issue functions return issue ids as {@code Long}.
 */
public class QueryLiteral {

    public QueryLiteral(Operand sourceOperand, Long longValue) {
        throw new UnsupportedOperationException("stand-in");
    }

    public QueryLiteral(Operand sourceOperand, String stringValue) {
        throw new UnsupportedOperationException("stand-in");
    }
}
