package com.atlassian.jira.issue;

/**
 * Stand-in: jira-api. The common supertype of {@code Status}, {@code Priority} and {@code IssueType}, where
 * {@code getId}/{@code getName} are declared. (The real one also extends raw {@code Comparable}; not stubbed.)
 */
public interface IssueConstant {

    String getId();

    String getName();
}
