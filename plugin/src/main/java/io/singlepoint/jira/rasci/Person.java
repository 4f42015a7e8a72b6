package io.singlepoint.jira.rasci;

/**
 * A participant as a page shows it.
 *
 * @param name     a user's display name, a group's name or an address; a user Jira no longer knows by their key
 * @param typed    how the participant is written in the edit form and in searches ({@code ann},
 *                 {@code group:network-team}, {@code supplier@example.com}, {@code user:JIRAUSER10100})
 * @param standing whether the participant is a current user, a deactivated or deleted one, a group or an address
 */
public record Person(String name, String typed, Standing standing) {

    /** What kind of participant, and whether Jira still knows the user. */
    public enum Standing { ACTIVE, INACTIVE, DELETED, GROUP, EMAIL }

    /** Whether notifications skip this participant: a deactivated or deleted user. */
    public boolean isGone() {
        return standing == Standing.INACTIVE || standing == Standing.DELETED;
    }

    /** The i18n key of the note after the name ({@code singlepoint.rasci.person.inactive} etc.), or empty. */
    public String noteKey() {
        return switch (standing) {
            case INACTIVE -> "singlepoint.rasci.person.inactive";
            case DELETED -> "singlepoint.rasci.person.deleted";
            case GROUP -> "singlepoint.rasci.person.group";
            case ACTIVE, EMAIL -> "";
        };
    }
}
