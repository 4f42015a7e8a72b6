package io.singlepoint.core;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A rule an input breaks, as the UI shows it: an i18n key and its arguments. Core holds no English text; the plugin
 * looks the key up in the user's language.
 *
 * @param i18nKey   e.g. {@code singlepoint.rasci.error.accountable.missing}
 * @param arguments the values the text shows, in order
 */
public record Violation(String i18nKey, List<Object> arguments) {

    public Violation {
        requireNonNull(i18nKey, "i18nKey");
        arguments = List.copyOf(arguments);
    }

    public static Violation of(String i18nKey, Object... arguments) {
        return new Violation(i18nKey, List.of(arguments));
    }
}
