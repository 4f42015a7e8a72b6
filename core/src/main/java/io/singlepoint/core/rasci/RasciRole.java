package io.singlepoint.core.rasci;

/**
 * The five RASCI roles, in their customary order. Each has a letter (used in the stored JSON and in searches) and an
 * i18n key for its name and meaning.
 */
public enum RasciRole {

    /** Does the work. */
    RESPONSIBLE('R'),
    /** Answers for the result and signs it off; exactly one, by default. */
    ACCOUNTABLE('A'),
    /** Helps those responsible with resources or skills. */
    SUPPORTIVE('S'),
    /** Gives advice before and during the work; two-way communication. */
    CONSULTED('C'),
    /** Is kept up to date on progress and result; one-way communication. */
    INFORMED('I');

    private final char letter;

    RasciRole(char letter) {
        this.letter = letter;
    }

    public char letter() {
        return letter;
    }

    /** {@code singlepoint.rasci.role.responsible} etc.; {@code ...description} for the meaning. */
    public String i18nKey() {
        return "singlepoint.rasci.role." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The role of a letter ({@code R}, {@code A}, {@code S}, {@code C}, {@code I}, case ignored) or a name.
     *
     * @throws IllegalArgumentException if it is none
     */
    public static RasciRole of(String text) {
        String trimmed = text == null ? "" : text.trim();
        for (RasciRole role : values()) {
            if (trimmed.length() == 1 && Character.toUpperCase(trimmed.charAt(0)) == role.letter
                    || role.name().equalsIgnoreCase(trimmed)) {
                return role;
            }
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a RASCI role (R, A, S, C or I)");
    }
}
