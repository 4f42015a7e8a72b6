package io.singlepoint.jira.admin;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets Jira administrators through to SinglePoint's administration and answers everyone else.
 *
 * <p>Anonymous users go to the login page and come back afterwards; signed-in users who are not administrators get
 * 403 with a localized reason; administrators without a secure administrator session get Jira's password prompt.
 * Checked on the server for every request, whatever the menus show.
 */
@Named
public final class AdminGate {

    private final UserManager users;
    private final LoginUriProvider login;
    private final WebSudoManager webSudo;
    private final I18nResolver i18n;

    @Inject
    public AdminGate(UserManager users, LoginUriProvider login, WebSudoManager webSudo, I18nResolver i18n) {
        this.users = users;
        this.login = login;
        this.webSudo = webSudo;
        this.i18n = i18n;
    }

    /**
     * Answers the request unless an administrator made it.
     *
     * @return {@code true} when the caller may go on; {@code false} when the response has been written
     */
    public boolean admit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserKey user = users.getRemoteUserKey(request);
        if (user == null) {
            response.sendRedirect(login.getLoginUri(returnUri(request)).toASCIIString());
            return false;
        }
        if (!users.isAdmin(user)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, i18n.getText("singlepoint.admin.error.forbidden"));
            return false;
        }
        if (!webSudo.canExecuteRequest(request)) {
            webSudo.enforceWebSudoProtection(request, response);
            return false;
        }
        return true;
    }

    private static URI returnUri(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        String query = request.getQueryString();
        try {
            return new URI(query == null ? url : url + "?" + query);
        } catch (URISyntaxException e) {
            // A query Jira accepted but java.net.URI does not (stray '%'): come back to the page without it.
            return URI.create(url);
        }
    }
}
