package io.singlepoint.stubs;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Modifier;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.atlassian.configurable.ObjectConfigurable;
import com.atlassian.configurable.ObjectConfigurationException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.plugins.mail.webwork.AbstractEditHandlerDetailsWebAction;
import com.atlassian.jira.service.JiraServiceContainer;
import com.atlassian.jira.service.util.handler.MessageHandler;
import com.atlassian.jira.service.util.handler.MessageHandlerContext;
import com.atlassian.jira.service.util.handler.MessageHandlerErrorCollector;
import com.atlassian.jira.service.util.handler.MessageHandlerExecutionMonitor;
import com.atlassian.jira.service.util.handler.MessageUserProcessor;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.action.JiraWebActionSupport;
import com.atlassian.jira.web.util.AttachmentException;
import com.atlassian.plugin.PluginAccessor;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;

/**
 * Pins the shape of the mail handler's stand-ins (issue 8): {@link MessageHandler} implemented the way the plugin
 * implements it, with {@code @Override} on both methods, and the kinds and checked exceptions of the rest.
 */
class MailStandInShapeTest {

    static final class ServiceDeskMailHandler implements MessageHandler {
        @Override
        public void init(Map<String, String> params, MessageHandlerErrorCollector errorCollector) {
            errorCollector.info("params: " + params.keySet());
        }

        @Override
        public boolean handleMessage(Message message, MessageHandlerContext context) throws MessagingException {
            return context.isRealRun() && message.getMessageNumber() >= 0;
        }
    }

    /** The settings page, as the plugin writes it (and as Jira's own handler pages are written). */
    static final class EditHandlerDetails extends AbstractEditHandlerDetailsWebAction {
        private String projects;

        EditHandlerDetails(PluginAccessor pluginAccessor) {
            super(pluginAccessor);
        }

        @Override
        protected void copyServiceSettings(JiraServiceContainer service) throws ObjectConfigurationException {
            projects = service.getProperty("handler.params");
        }

        @Override
        protected Map<String, String> getHandlerParams() {
            return Map.of("projects", projects == null ? "" : projects);
        }

        @Override
        protected void doValidation() {
            super.doValidation();
            MessageHandlerErrorCollector errors = new WebWorkErrorCollector();
            if (projects == null) {
                errors.error("no projects");
            }
        }
    }

    @Test
    void kinds() {
        assertAll(
                () -> assertTrue(MessageHandler.class.isInterface()),
                () -> assertTrue(MessageHandlerContext.class.isInterface()),
                () -> assertTrue(MessageHandlerErrorCollector.class.isInterface()),
                () -> assertTrue(MessageHandlerExecutionMonitor.class.isInterface()),
                () -> assertTrue(MessageHandlerErrorCollector.class.isAssignableFrom(
                        MessageHandlerExecutionMonitor.class)),
                () -> assertTrue(MessageUserProcessor.class.isInterface()),
                () -> assertFalse(AttachmentException.class.isInterface()),
                () -> assertFalse(Modifier.isAbstract(AttachmentException.class.getModifiers())),
                () -> assertEquals(Exception.class, AttachmentException.class.getSuperclass()),
                () -> assertTrue(Modifier.isAbstract(AbstractEditHandlerDetailsWebAction.class.getModifiers())),
                () -> assertTrue(JiraWebActionSupport.class.isAssignableFrom(AbstractEditHandlerDetailsWebAction.class)),
                () -> assertFalse(Modifier.isStatic(
                        AbstractEditHandlerDetailsWebAction.WebWorkErrorCollector.class.getModifiers())),
                () -> assertTrue(JiraServiceContainer.class.isInterface()),
                () -> assertTrue(ObjectConfigurable.class.isAssignableFrom(JiraServiceContainer.class)),
                () -> assertTrue(PluginAccessor.class.isInterface()),
                () -> assertTrue(CommentManager.class.isInterface()),
                () -> assertFalse(RuntimeException.class.isAssignableFrom(ObjectConfigurationException.class)));
    }

    @Test
    void checkedExceptions() throws NoSuchMethodException {
        assertAll(
                () -> assertArrayEquals(new Class<?>[] {MessagingException.class},
                        MessageHandler.class.getMethod("handleMessage", Message.class, MessageHandlerContext.class)
                                .getExceptionTypes()),
                () -> assertArrayEquals(new Class<?>[] {AttachmentException.class},
                        MessageHandlerContext.class.getMethod("createAttachment", File.class, String.class,
                                String.class, ApplicationUser.class, Issue.class).getExceptionTypes()),
                () -> assertEquals(Comment.class, CommentManager.class.getMethod("create", Issue.class,
                        ApplicationUser.class, String.class, boolean.class).getReturnType()),
                () -> assertEquals(ChangeItemBean.class, MessageHandlerContext.class.getMethod("createAttachment",
                        File.class, String.class, String.class, ApplicationUser.class, Issue.class).getReturnType()));
    }

    @Test
    void aHandlerAndItsSettingsPageCanBeInstantiated() {
        assertTrue(new ServiceDeskMailHandler() instanceof MessageHandler);
        assertEquals(Map.of("projects", ""), new EditHandlerDetails(null).getHandlerParams());
    }
}
