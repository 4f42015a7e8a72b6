package com.atlassian.jira.web.bean;

import java.io.Serializable;

/**
 * Stand-in: jira-api. A generic class: a page is {@code new PagerFilter<>(start, max)} (or {@code (max)} from 0);
 * {@link #getUnlimitedFilter()} returns every match. There is no {@code of}/builder factory.
 */
public class PagerFilter<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    public PagerFilter(int max) {
        throw new UnsupportedOperationException("stand-in");
    }

    public PagerFilter(int start, int max) {
        throw new UnsupportedOperationException("stand-in");
    }

    /** Raw return type, as in the real class. */
    @SuppressWarnings("rawtypes")
    public static PagerFilter getUnlimitedFilter() {
        throw new UnsupportedOperationException("stand-in");
    }
}
