package io.singlepoint.jira.rest;

import java.io.Serializable;

import com.atlassian.sal.api.message.I18nResolver;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The localized texts of REST answers, in the caller's language (SAL resolves the locale of the request). */
@Named
public final class Texts {

    private final I18nResolver i18n;

    @Inject
    public Texts(I18nResolver i18n) {
        this.i18n = i18n;
    }

    String get(String key, Serializable... arguments) {
        return i18n.getText(key, arguments);
    }
}
