package com.atlassian.scheduler.config;

import java.util.Date;

/** Stand-in: atlassian-scheduler-api. A final class built through its static factories. */
public final class Schedule {

    private Schedule() {
        throw new UnsupportedOperationException("stand-in");
    }

    /** A null {@code firstRunTime} means now. */
    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        throw new UnsupportedOperationException("stand-in");
    }

    /** A null {@code runTime} means now. */
    public static Schedule runOnce(Date runTime) {
        throw new UnsupportedOperationException("stand-in");
    }
}
