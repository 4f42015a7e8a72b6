package io.singlepoint.jira.sla.jql;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.query.operand.Operand;

import org.mockito.MockedConstruction;

/**
 * Plays the parts of Jira's JQL values whose stand-ins cannot be constructed: a {@link FunctionOperand} as the parser
 * makes it, and, while open, every {@link QueryLiteral} and {@link MessageSetImpl} the code under test creates, each
 * remembering what it was given.
 */
final class JqlStandIns implements AutoCloseable {

    /** A literal as constructed: its source operand and its value. */
    record Literal(Operand source, Object value) {
    }

    private final List<Literal> literals = new ArrayList<>();
    private final MockedConstruction<QueryLiteral> literalConstruction = mockConstruction(QueryLiteral.class,
            (literal, context) -> literals.add(new Literal((Operand) context.arguments().get(0),
                    context.arguments().get(1))));
    private final MockedConstruction<MessageSetImpl> messageSets = mockConstruction(MessageSetImpl.class,
            (messages, context) -> {
                List<String> errors = new ArrayList<>();
                doAnswer(call -> errors.add(call.getArgument(0))).when(messages).addErrorMessage(anyString());
                when(messages.getErrorMessages()).thenAnswer(call -> new LinkedHashSet<>(errors));
                when(messages.hasAnyErrors()).thenAnswer(call -> !errors.isEmpty());
            });

    static FunctionOperand operand(String name, String... args) {
        FunctionOperand operand = mock(FunctionOperand.class);
        when(operand.getName()).thenReturn(name);
        when(operand.getArgs()).thenReturn(List.of(args));
        return operand;
    }

    /** The literals constructed so far, in order. */
    List<Literal> literals() {
        return List.copyOf(literals);
    }

    @Override
    public void close() {
        literalConstruction.close();
        messageSets.close();
    }
}
