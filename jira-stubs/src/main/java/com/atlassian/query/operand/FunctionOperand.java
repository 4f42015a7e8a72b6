package com.atlassian.query.operand;

import java.util.List;

/** Stand-in: jira-api. A class (not an interface) implementing {@link Operand}; its constructors are not stubbed. */
public class FunctionOperand implements Operand {

    private FunctionOperand() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public String getName() {
        throw new UnsupportedOperationException("stand-in");
    }

    /** The function's arguments, as written. */
    public List<String> getArgs() {
        throw new UnsupportedOperationException("stand-in");
    }
}
