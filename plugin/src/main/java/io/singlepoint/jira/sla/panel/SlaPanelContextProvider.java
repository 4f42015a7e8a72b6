package io.singlepoint.jira.sla.panel;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.plugin.webfragment.contextproviders.AbstractJiraContextProvider;
import com.atlassian.jira.plugin.webfragment.model.JiraHelper;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.message.I18nResolver;

import io.singlepoint.core.sla.IssueTimeline;
import io.singlepoint.core.sla.SlaBadge;
import io.singlepoint.core.sla.SlaConfig;
import io.singlepoint.core.sla.SlaDefinition;
import io.singlepoint.core.sla.SlaEngine;
import io.singlepoint.core.sla.SlaResult;
import io.singlepoint.jira.sla.CurrentSlaConfig;
import io.singlepoint.jira.sla.JiraTimelines;
import io.singlepoint.jira.sla.store.SlaReplyStore;

import jakarta.inject.Inject;

/**
 * {@code <context-provider>} of the SLA panel ({@code web-panel} at {@code atl.jira.view.issue.right.context}).
 *
 * <p>Computes the issue's SLAs live, as of now, from its history and the configuration in force: the panel is exact
 * even before the job has stored them, and it never writes. It reads the flag a requester's unanswered reply left.
 * The template gets {@code view} ({@link SlaPanelView}) and {@code i18n}.
 */
@SuppressWarnings("unchecked") // Jira's base class implements the generic getContextMap(Map) with raw maps
public final class SlaPanelContextProvider extends AbstractJiraContextProvider {

    private final CurrentSlaConfig configs;
    private final JiraTimelines timelines;
    private final SlaReplyStore replies;
    private final SlaPanelViews views;
    private final I18nResolver i18n;
    private final Clock clock;

    @Inject
    public SlaPanelContextProvider(CurrentSlaConfig configs, JiraTimelines timelines, SlaReplyStore replies,
                                   SlaPanelViews views, I18nResolver i18n) {
        this(configs, timelines, replies, views, i18n, Clock.systemUTC());
    }

    SlaPanelContextProvider(CurrentSlaConfig configs, JiraTimelines timelines, SlaReplyStore replies,
                            SlaPanelViews views, I18nResolver i18n, Clock clock) {
        this.configs = configs;
        this.timelines = timelines;
        this.replies = replies;
        this.views = views;
        this.i18n = i18n;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> getContextMap(ApplicationUser user, JiraHelper jiraHelper) {
        Issue issue = (Issue) jiraHelper.getContextParams().get("issue");
        Instant now = clock.instant();
        List<SlaBadge> badges = configs.get().map(current -> badges(current.config(), issue, now)).orElse(List.of());
        Map<String, Object> context = new HashMap<>();
        context.put("view", views.view(badges, replies.flag(issue.getId())));
        context.put("i18n", i18n);
        return context;
    }

    private List<SlaBadge> badges(SlaConfig config, Issue issue, Instant now) {
        IssueTimeline timeline = timelines.timeline(issue, config.matchedFields());
        List<SlaResult> results = SlaEngine.evaluate(config, timeline, now);
        List<SlaBadge> badges = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            SlaDefinition sla = config.slas().get(i); // one result per SLA, in the configuration's order
            badges.add(SlaBadge.of(sla, results.get(i), timeline, now));
        }
        return badges;
    }
}
