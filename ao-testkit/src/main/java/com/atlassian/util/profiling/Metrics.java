package com.atlassian.util.profiling;

/**
 * Test-time stand-in for atlassian-profiling, which net.java.ao's EntityManager calls around every query to time it.
 * Exactly the members AO 6.1.1's bytecode references (a static factory, a builder class, an AutoCloseable ticker);
 * measures nothing.
 */
public final class Metrics {

    private Metrics() {
    }

    public static Builder metric(String name) {
        return new Builder();
    }

    /** What {@link Metrics#metric} returns; AO calls it with {@code invokevirtual}, so a class. */
    public static final class Builder {

        public Builder tag(String key, String value) {
            return this;
        }

        public Builder withAnalytics() {
            return this;
        }

        public Builder invokerPluginKey(String pluginKey) {
            return this;
        }

        public Ticker startTimer() {
            return () -> { };
        }
    }
}
