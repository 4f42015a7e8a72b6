package io.singlepoint.jira.rasci;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Locale;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;

import io.singlepoint.jira.testing.BundleI18nHelper;

/**
 * The people of the RASCI tests, as Jira's user manager knows them: Ann and Bob active, Carl deactivated, Mallory
 * with markup in her display name, and the key of a user Jira has deleted.
 */
final class RasciWorld {

    static final String ANN = "JIRAUSER10100";
    static final String BOB = "JIRAUSER10200";
    static final String CARL = "JIRAUSER10300";
    static final String MALLORY = "JIRAUSER10400";
    static final String DELETED = "JIRAUSER10999";
    static final String SCRIPT = "<script>alert(1)</script>";

    final UserManager users = mock(UserManager.class);
    final RasciPeople people = new RasciPeople(users);
    final RasciForm form = new RasciForm(people);
    final RasciMessages messages = new RasciMessages(people);

    RasciWorld() {
        user(ANN, "ann", "Ann Archer", true);
        user(BOB, "bob", "Bob Baker", true);
        user(CARL, "carl", "Carl Clay", false);
        user(MALLORY, "mallory", SCRIPT, true);
    }

    ApplicationUser user(String key) {
        return users.getUserByKey(key);
    }

    static JiraAuthenticationContext speaking(Locale locale) {
        JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
        when(authentication.getI18nHelper()).thenReturn(new BundleI18nHelper(locale));
        when(authentication.getLocale()).thenReturn(locale);
        return authentication;
    }

    private void user(String key, String username, String displayName, boolean active) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getUsername()).thenReturn(username);
        when(user.getName()).thenReturn(username);
        when(user.getDisplayName()).thenReturn(displayName);
        when(user.isActive()).thenReturn(active);
        when(users.getUserByKey(key)).thenReturn(user);
        when(users.getUserByName(username)).thenReturn(user);
    }
}
