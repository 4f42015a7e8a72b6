package io.singlepoint.jira.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.util.Locale;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;

import io.singlepoint.jira.testing.BundleI18nResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminGateTest {

    private final UserManager users = mock(UserManager.class);
    private final LoginUriProvider login = mock(LoginUriProvider.class);
    private final WebSudoManager webSudo = mock(WebSudoManager.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final UserKey admin = mock(UserKey.class);
    private final UserKey agent = mock(UserKey.class);

    private final AdminGate gate = new AdminGate(users, login, webSudo, new BundleI18nResolver(Locale.ENGLISH));

    @BeforeEach
    void a_request_for_the_overview() {
        when(request.getRequestURL()).thenReturn(new StringBuffer("https://jira.example.com/plugins/servlet/singlepoint/admin"));
        when(users.isAdmin(admin)).thenReturn(true);
        when(users.isAdmin(agent)).thenReturn(false);
    }

    @Test
    void an_anonymous_user_is_sent_to_the_login_page_and_back_to_the_page_asked_for() throws Exception {
        when(request.getQueryString()).thenReturn("tab=slas");
        when(login.getLoginUri(URI.create("https://jira.example.com/plugins/servlet/singlepoint/admin?tab=slas")))
                .thenReturn(URI.create("https://jira.example.com/login.jsp?os_destination=%2Fplugins"));

        assertThat(gate.admit(request, response)).isFalse();

        verify(response).sendRedirect("https://jira.example.com/login.jsp?os_destination=%2Fplugins");
    }

    @Test
    void a_query_that_is_no_uri_returns_to_the_page_without_it() throws Exception {
        when(request.getQueryString()).thenReturn("q=100%");
        when(login.getLoginUri(URI.create("https://jira.example.com/plugins/servlet/singlepoint/admin")))
                .thenReturn(URI.create("https://jira.example.com/login.jsp"));

        assertThat(gate.admit(request, response)).isFalse();

        verify(response).sendRedirect("https://jira.example.com/login.jsp");
    }

    @Test
    void a_user_who_is_not_an_administrator_is_refused_with_a_reason() throws Exception {
        when(users.getRemoteUserKey(request)).thenReturn(agent);

        assertThat(gate.admit(request, response)).isFalse();

        verify(response).sendError(403, "Only Jira administrators can open the administration of SinglePoint.");
        verifyNoInteractions(webSudo);
    }

    @Test
    void an_administrator_without_a_secure_session_is_asked_for_the_password() throws Exception {
        when(users.getRemoteUserKey(request)).thenReturn(admin);
        when(webSudo.canExecuteRequest(request)).thenReturn(false);

        assertThat(gate.admit(request, response)).isFalse();

        verify(webSudo).enforceWebSudoProtection(request, response);
        verify(response, never()).sendError(403, "Only Jira administrators can open the administration of SinglePoint.");
    }

    @Test
    void an_administrator_in_a_secure_session_goes_through_and_nothing_is_written() throws Exception {
        when(users.getRemoteUserKey(request)).thenReturn(admin);
        when(webSudo.canExecuteRequest(request)).thenReturn(true);

        assertThat(gate.admit(request, response)).isTrue();

        verifyNoInteractions(response);
    }
}
