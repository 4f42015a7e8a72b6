package io.singlepoint.jira.notify;

import java.io.Serializable;
import java.util.Arrays;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.message.I18nResolver;

import io.singlepoint.core.notify.SentRecord;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The optional comment on the issue recording what a notification sent ("The service desk sent "Change completed" to
 * 4 people (1 left out)."), written in Jira's default language (the job runs without a user, so the i18n lookup
 * uses Jira's default) as the person who made the transition — the mail went out because they moved the issue. If
 * that user no longer exists the comment is anonymous. It fires no issue event, so Jira sends no mail of its own
 * about it.
 */
@Named
public final class IssueComments {

    private final CommentManager comments;
    private final UserManager users;
    private final I18nResolver i18n;

    @Inject
    public IssueComments(CommentManager comments, UserManager users, I18nResolver i18n) {
        this.comments = comments;
        this.users = users;
        this.i18n = i18n;
    }

    /** Adds the comment for {@code record} on {@code issue}, as the user with {@code actorKey} if there is one. */
    public void add(Issue issue, String actorKey, SentRecord record) {
        ApplicationUser author = actorKey == null ? null : users.getUserByKey(actorKey);
        comments.create(issue, author, text(record), false);
    }

    String text(SentRecord record) {
        Serializable[] arguments = Arrays.stream(record.arguments(i18n::getText))
                .map(a -> (Serializable) a).toArray(Serializable[]::new);
        return i18n.getText(record.i18nKey(), arguments);
    }
}
