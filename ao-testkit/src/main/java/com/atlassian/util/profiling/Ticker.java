package com.atlassian.util.profiling;

/** Test-time stand-in for atlassian-profiling's timer handle (see {@link Metrics}). */
public interface Ticker extends AutoCloseable {

    @Override
    void close();
}
