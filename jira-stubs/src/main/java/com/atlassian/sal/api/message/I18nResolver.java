package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;

/** Stand-in: sal-api. Texts of the plugin's i18n resource in the user's (or a given) locale. */
public interface I18nResolver {

    String getText(String key);

    String getText(String key, Serializable... arguments);

    String getText(Locale locale, String key);

    String getText(Locale locale, String key, Serializable... arguments);
}
