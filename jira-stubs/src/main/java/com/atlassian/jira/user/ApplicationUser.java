package com.atlassian.jira.user;

import java.security.Principal;

/** Stand-in: jira-api. Extends {@link Principal} as the real one does; {@code getName()} is the username. */
public interface ApplicationUser extends Principal {

    /** The stable user key (survives renames). */
    String getKey();

    String getUsername();

    @Override
    String getName();

    String getDisplayName();

    String getEmailAddress();

    boolean isActive();
}
