package io.singlepoint.jira.notify;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.WorkflowContext;

import io.singlepoint.core.notify.IssueFacts;
import io.singlepoint.core.notify.NotificationConfig;
import io.singlepoint.core.notify.NotificationPlanner;
import io.singlepoint.core.notify.NotifyConfigException;
import io.singlepoint.core.notify.Plan;
import io.singlepoint.core.notify.TransitionRef;
import io.singlepoint.jira.notify.store.IntentStore;

import jakarta.inject.Inject;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "Send change notification" post-function: records what the transition asks to be sent, inside the transition,
 * and sends nothing — the sending job does, outside it. The same transition run again (a retried request) gives the
 * same idempotency key, so it records once. It never fails the transition: a bad configuration or a database error is
 * logged with the issue key, and the transition goes on.
 *
 * <p>One arg (a string, as Jira keeps them): {@value #ARG_CONFIG}, core's {@link NotificationConfig} JSON. Recipients
 * are not resolved here but when the mail is sent, so the RASCI field is not read.
 */
@SuppressWarnings("rawtypes")
public final class NotifyPostFunction implements FunctionProvider {

    static final String ARG_CONFIG = "config";

    private static final Logger LOG = LoggerFactory.getLogger(NotifyPostFunction.class);

    private final NotifyIssues issues;
    private final IntentStore intents;
    private final JiraBaseUrl baseUrl;
    private final Clock clock;

    @Inject
    public NotifyPostFunction(NotifyIssues issues, IntentStore intents, JiraBaseUrl baseUrl) {
        this(issues, intents, baseUrl, Clock.systemUTC());
    }

    NotifyPostFunction(NotifyIssues issues, IntentStore intents, JiraBaseUrl baseUrl, Clock clock) {
        this.issues = issues;
        this.intents = intents;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    @Override
    public void execute(Map transientVars, Map args, PropertySet ps) {
        if (!(transientVars.get("issue") instanceof Issue issue)) {
            return;
        }
        try {
            NotificationConfig config = NotificationConfig.fromJson((String) args.get(ARG_CONFIG));
            IssueFacts facts = issues.facts(issue, config, null, baseUrl.get());
            Instant now = clock.instant();
            Plan plan = NotificationPlanner.plan(config, facts, occurrence(transientVars, issue, now),
                    actor(transientVars), now);
            if (plan instanceof Plan.Record record) {
                if (!intents.record(record.intent(), now)) {
                    LOG.debug("SinglePoint: {} notification of {} was recorded already", config.stage().id(),
                            issue.getKey());
                }
            } else if (plan instanceof Plan.Skip skip) {
                LOG.info("SinglePoint: no {} notification recorded for {}: {} {}", config.stage().id(),
                        issue.getKey(), skip.reason().i18nKey(), skip.reason().arguments());
            }
        } catch (NotifyConfigException e) {
            LOG.error("SinglePoint: the change notification post-function on {} is misconfigured; nothing recorded:"
                    + " {}", issue.getKey(), e.violations());
        } catch (RuntimeException e) {
            LOG.error("SinglePoint: could not record a change notification for {}; the transition goes on: {}",
                    issue.getKey(), e.toString());
        }
    }

    /** The transition's action and the instant it set as the issue's "updated": the same for a retry of it. */
    private static TransitionRef occurrence(Map transientVars, Issue issue, Instant now) {
        Object actionId = transientVars.get("actionId");
        Timestamp updated = issue.getUpdated();
        int action = actionId instanceof Integer id ? id : 0;
        return TransitionRef.action(Math.max(action, 0), updated == null ? now : updated.toInstant());
    }

    private static String actor(Map transientVars) {
        return transientVars.get("context") instanceof WorkflowContext context ? context.getCaller() : null;
    }
}
