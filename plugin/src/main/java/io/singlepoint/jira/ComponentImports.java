package io.singlepoint.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;

/**
 * Every host (Jira) service the app uses, declared once so that Spring Scanner imports it from OSGi.
 *
 * <p>Components then receive these services through their constructors like any other bean. A service used
 * anywhere in the app and missing here fails at enable time, not at compile time: add it here first.
 */
@SuppressWarnings("unused")
final class ComponentImports {

    @ComponentImport
    private UserManager userManager;

    @ComponentImport
    private LoginUriProvider loginUriProvider;

    @ComponentImport
    private WebSudoManager webSudoManager;

    @ComponentImport
    private I18nResolver i18nResolver;

    @ComponentImport
    private TemplateRenderer templateRenderer;

    @ComponentImport
    private ActiveObjects activeObjects;

    private ComponentImports() {
    }
}
