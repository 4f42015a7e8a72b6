package io.singlepoint.jira.sla.jql;

/**
 * The JQL functions and what their arguments are. Their names are the {@code <fname>}s of the descriptor; searches
 * saved by users name them, so they never change.
 */
public enum SlaFunction {

    /** {@code slaBreached("ttr")}: the issues whose SLA is breached now. */
    BREACHED("slaBreached", 1, "singlepoint.sla.jql.usage.breached"),
    /** {@code slaPaused("ttr")}: the issues whose SLA waits on the user. */
    PAUSED("slaPaused", 1, "singlepoint.sla.jql.usage.paused"),
    /** {@code slaRunning("ttr")}: the issues whose SLA clock runs. */
    RUNNING("slaRunning", 1, "singlepoint.sla.jql.usage.running"),
    /** {@code slaDueWithin("ttr", "4h")}: the issues whose running SLA breaches within that much real time. */
    DUE_WITHIN("slaDueWithin", 2, "singlepoint.sla.jql.usage.due-within"),
    /** {@code slaWaitingOnAgent()}: the issues whose requester answered and that an agent must take over. */
    WAITING_ON_AGENT("slaWaitingOnAgent", 0, "singlepoint.sla.jql.usage.waiting-on-agent");

    private final String functionName;
    private final int arguments;
    private final String usageKey;

    SlaFunction(String functionName, int arguments, String usageKey) {
        this.functionName = functionName;
        this.arguments = arguments;
        this.usageKey = usageKey;
    }

    /** The name in JQL. */
    public String functionName() {
        return functionName;
    }

    /** How many arguments it takes, exactly. */
    public int arguments() {
        return arguments;
    }

    /** Whether its first argument is an SLA id. */
    public boolean takesSla() {
        return arguments > 0;
    }

    /** Whether its second argument is a duration. */
    public boolean takesWindow() {
        return arguments > 1;
    }

    /** The i18n key of the sentence that shows how it is written. */
    public String usageKey() {
        return usageKey;
    }
}
