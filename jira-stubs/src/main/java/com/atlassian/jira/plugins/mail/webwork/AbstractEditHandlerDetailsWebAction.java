package com.atlassian.jira.plugins.mail.webwork;

import java.util.Map;

import com.atlassian.configurable.ObjectConfigurationException;
import com.atlassian.jira.service.JiraServiceContainer;
import com.atlassian.jira.service.util.handler.MessageHandlerErrorCollector;
import com.atlassian.jira.web.action.JiraWebActionSupport;
import com.atlassian.plugin.PluginAccessor;

/**
 * Stand-in: the Jira Mail Plugin's base of a message handler's add/edit page ({@code add-edit-url}); the real one
 * extends {@code MailWebActionSupport}, left out. Its protected field {@code configuration} is not stubbed: its type
 * is not known, and a field is linked by its exact type.
 */
public abstract class AbstractEditHandlerDetailsWebAction extends JiraWebActionSupport {

    /** Does nothing here, so that the plugin's subclass can be instantiated in tests. */
    protected AbstractEditHandlerDetailsWebAction(PluginAccessor pluginAccessor) {
    }

    protected abstract void copyServiceSettings(JiraServiceContainer jiraServiceContainer)
            throws ObjectConfigurationException;

    protected abstract Map<String, String> getHandlerParams();

    /** Does nothing here (the real one checks the service's settings). */
    protected void doValidation() {
    }

    /** Reports into the page's error messages. */
    public class WebWorkErrorCollector implements MessageHandlerErrorCollector {

        @Override
        public void error(String error, Throwable e) {
            throw new UnsupportedOperationException("stand-in");
        }

        @Override
        public void error(String error) {
            throw new UnsupportedOperationException("stand-in");
        }

        @Override
        public void warning(String warning) {
            throw new UnsupportedOperationException("stand-in");
        }

        @Override
        public void warning(String warning, Throwable e) {
            throw new UnsupportedOperationException("stand-in");
        }

        @Override
        public void info(String info) {
            throw new UnsupportedOperationException("stand-in");
        }

        @Override
        public void info(String info, Throwable e) {
            throw new UnsupportedOperationException("stand-in");
        }
    }
}
