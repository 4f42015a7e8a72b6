package com.atlassian.jira.plugin.jql.function;

import com.atlassian.jira.util.I18nHelper;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.operand.FunctionOperand;

/**
 * Stand-in: jira-api ({@code @PublicSpi}). An abstract class; implements {@code init}, {@code getFunctionName}
 * (from {@code <fname>}) and {@code isList} (from {@code <list>}) and leaves {@code validate}, {@code getValues},
 * {@code getMinimumNumberOfExpectedArguments} and {@code getDataType} to the subclass. Like the real class it has
 * only the implicit no-argument constructor, so subclasses can be instantiated in tests.
 */
public abstract class AbstractJqlFunction implements JqlFunction {

    @Override
    public void init(JqlFunctionModuleDescriptor moduleDescriptor) {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public String getFunctionName() {
        throw new UnsupportedOperationException("stand-in");
    }

    @Override
    public boolean isList() {
        throw new UnsupportedOperationException("stand-in");
    }

    /** An error message set when the operand does not have exactly {@code expected} arguments. */
    protected MessageSet validateNumberOfArgs(FunctionOperand operand, int expected) {
        throw new UnsupportedOperationException("stand-in");
    }

    protected I18nHelper getI18n() {
        throw new UnsupportedOperationException("stand-in");
    }
}
