package io.singlepoint.jira.testing;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import com.atlassian.jira.util.I18nHelper;

/**
 * Jira's own {@code I18nHelper} (what JQL functions get from {@code getI18n()}) over the plugin's real bundles. Like
 * Jira's, {@code getText(key, parameters)} takes one value, an array or a {@code List} of values; a missing key
 * throws, as {@link BundleI18nResolver} does.
 */
public final class BundleI18nHelper implements I18nHelper {

    private final BundleI18nResolver bundle;

    public BundleI18nHelper(Locale locale) {
        this.bundle = new BundleI18nResolver(locale);
    }

    @Override
    public String getText(String key) {
        return bundle.getText(key);
    }

    @Override
    public String getText(String key, Object parameters) {
        Object[] values = parameters instanceof Object[] array ? array
                : parameters instanceof List<?> list ? list.toArray() : new Object[] {parameters};
        Serializable[] arguments = new Serializable[values.length];
        for (int i = 0; i < values.length; i++) {
            arguments[i] = (Serializable) values[i];
        }
        return bundle.getText(key, arguments);
    }
}
