package io.singlepoint.jira.mail;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Named;

/**
 * The configuration the handler last received from Jira's incoming-mail service on this node, for an administrator's
 * re-run from the processing log, which happens outside the service. Empty until the service has started the
 * handler on this node.
 */
@Named
public final class MailHandlerConfigs {

    private final AtomicReference<MailHandlerConfig> latest = new AtomicReference<>();

    void set(MailHandlerConfig config) {
        latest.set(config);
    }

    public Optional<MailHandlerConfig> latest() {
        return Optional.ofNullable(latest.get());
    }
}
