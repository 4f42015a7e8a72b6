package io.singlepoint.jira.rest;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Who makes a REST request, and whether they may. Checked in code on every call: Jira 10 and 11 honour other
 * access annotations than Jira 9 did, so the resources rely on none of them.
 */
@Named
public final class RestAccess {

    private final UserManager users;
    private final JiraAuthenticationContext authentication;
    private final Texts texts;

    @Inject
    public RestAccess(UserManager users, JiraAuthenticationContext authentication, Texts texts) {
        this.users = users;
        this.authentication = authentication;
        this.texts = texts;
    }

    /** The Jira administrator making the request: 401 for an anonymous caller, 403 for anyone else. */
    public UserKey administrator() {
        UserKey user = users.getRemoteUserKey();
        if (user == null) {
            throw Answers.failure(401, texts.get("singlepoint.sla.rest.error.anonymous"));
        }
        if (!users.isAdmin(user)) {
            throw Answers.failure(403, texts.get("singlepoint.sla.rest.error.forbidden"));
        }
        return user;
    }

    /** The caller as Jira's user, for permission checks and searches; {@code null} when anonymous. */
    public ApplicationUser jiraUser() {
        return authentication.getLoggedInUser();
    }
}
