package io.singlepoint.jira.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import com.atlassian.jira.service.util.handler.MessageHandler;
import com.atlassian.jira.service.util.handler.MessageHandlerContext;
import com.atlassian.jira.service.util.handler.MessageHandlerErrorCollector;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;

/**
 * The {@code message-handler} module for Jira's incoming-mail service: turns each mail into its raw bytes at once
 * ({@link Message#writeTo}) and hands them to {@link MailProcessor}. This is the only class that sees Jira's mail
 * API ({@code jakarta.mail} on Jira 11, {@code javax.mail} on Jira 10, rewritten by the build). Every change goes
 * through the service's {@link MessageHandlerContext}, so the admin screen's test run changes nothing.
 *
 * <p>Returns {@code true} (the service may delete the mail) when the mail was processed or, if Jira refused, its
 * whole raw bytes are in the processing log; {@code false} leaves it in the mailbox for the next run.
 */
public final class ServiceDeskMailHandler implements MessageHandler {

    private final MailProcessor processor;
    private final MailHandlerConfigs configs;
    private final MailLogRetention retention;
    private volatile MailHandlerConfig config = MailHandlerConfig.DEFAULT;

    @Inject
    public ServiceDeskMailHandler(MailProcessor processor, MailHandlerConfigs configs, MailLogRetention retention) {
        this.processor = processor;
        this.configs = configs;
        this.retention = retention;
    }

    @Override
    public void init(Map<String, String> params, MessageHandlerErrorCollector errorCollector) {
        MailHandlerConfig.Read read = MailHandlerConfig.read(params);
        read.problems().forEach(problem -> errorCollector.warning("SinglePoint mail handler: " + problem));
        if (read.config().settings().ownAddresses().addresses().isEmpty()) {
            errorCollector.warning("SinglePoint mail handler: no service desk addresses (parameter addresses):"
                    + " mail from the service desk itself is then recognised only by its automatic-mail headers");
        }
        config = read.config();
        configs.set(config);
        try {
            retention.keepDays(config.retentionDays());
        } catch (RuntimeException e) {
            errorCollector.warning("SinglePoint mail handler: retentionDays could not be stored; the processing"
                    + " log's cleanup keeps using the days stored before", e);
        }
    }

    @Override
    public boolean handleMessage(Message message, MessageHandlerContext context) throws MessagingException {
        try (RawMail raw = RawMail.create()) {
            try (OutputStream out = raw.output()) {
                message.writeTo(out);
            }
            MailProcessor.Outcome outcome = processor.process(raw, config, new ContextActions(context));
            context.getMonitor().info("SinglePoint mail handler: " + outcome.decision()
                    + (outcome.issueKey() == null ? "" : " " + outcome.issueKey())
                    + (outcome.reason() == null ? "" : " (" + outcome.reason().i18nKey() + ")"));
            return outcome.handled();
        } catch (IOException e) {
            context.getMonitor().error("SinglePoint mail handler: the mail could not be read; it stays in the"
                    + " mailbox", e);
            return false;
        }
    }
}
