package io.singlepoint.jira.testing;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.atlassian.sal.api.message.I18nResolver;

/**
 * Jira's i18n resolver over the plugin's real {@code i18n/singlepoint*.properties}, formatting as Jira does.
 * A missing key throws, where Jira would show the key: tests should not pass on a text nobody wrote.
 */
public final class BundleI18nResolver implements I18nResolver {

    private final Locale locale;

    public BundleI18nResolver(Locale locale) {
        this.locale = locale;
    }

    @Override
    public String getText(String key) {
        return getText(locale, key, new Serializable[0]);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        return getText(locale, key, arguments);
    }

    @Override
    public String getText(Locale locale, String key) {
        return getText(locale, key, new Serializable[0]);
    }

    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.singlepoint", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        } catch (MissingResourceException e) {
            throw new AssertionError("no i18n text for " + key + " in " + locale, e);
        }
    }
}
