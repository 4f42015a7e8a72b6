package com.atlassian.scheduler;

/** Stand-in: atlassian-scheduler-api. A final class built only through its static factories. */
public final class JobRunnerResponse {

    private JobRunnerResponse() {
        throw new UnsupportedOperationException("stand-in");
    }

    public static JobRunnerResponse success() {
        throw new UnsupportedOperationException("stand-in");
    }

    public static JobRunnerResponse success(String message) {
        throw new UnsupportedOperationException("stand-in");
    }

    /** The message must not be blank. */
    public static JobRunnerResponse aborted(String message) {
        throw new UnsupportedOperationException("stand-in");
    }

    /** The message must not be blank. */
    public static JobRunnerResponse failed(String message) {
        throw new UnsupportedOperationException("stand-in");
    }

    public static JobRunnerResponse failed(Throwable cause) {
        throw new UnsupportedOperationException("stand-in");
    }
}
