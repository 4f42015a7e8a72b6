package io.singlepoint.jira.sla.panel;

import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.datetime.DateTimeStyle;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.message.I18nResolver;

import io.singlepoint.core.sla.BusinessCalendar;
import io.singlepoint.core.sla.Cycle;
import io.singlepoint.core.sla.SlaBadge;
import io.singlepoint.jira.sla.store.Reply;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Puts core's {@link SlaBadge}s into the words of the user viewing the issue: states and texts from the i18n bundle,
 * working time in hours and minutes, instants as Jira formats dates for that user (their time zone and the date
 * format the administrator chose).
 */
@Named
public final class SlaPanelViews {

    private static final long HOUR = 3_600_000L;
    private static final long MINUTE = 60_000L;

    private final I18nResolver i18n;
    private final DateTimeFormatter dates;
    private final UserManager users;

    @Inject
    public SlaPanelViews(I18nResolver i18n, DateTimeFormatter dates, UserManager users) {
        this.i18n = i18n;
        this.dates = dates;
        this.users = users;
    }

    /** The panel for these badges, with the notice of the requester's reply if the issue is flagged. */
    public SlaPanelView view(List<SlaBadge> badges, Optional<Reply> flag) {
        DateTimeFormatter formatter = dates.forLoggedInUser().withStyle(DateTimeStyle.COMPLETE);
        return new SlaPanelView(badges.stream().map(badge -> row(badge, formatter)).toList(),
                flag.map(reply -> notice(reply, formatter)).orElse(null));
    }

    private SlaPanelRow row(SlaBadge badge, DateTimeFormatter formatter) {
        return new SlaPanelRow(badge.name(), lozenge(badge.kind()), text(stateKey(badge.kind())), time(badge),
                badge.target() == null ? text("singlepoint.sla.panel.goal.none")
                        : text("singlepoint.sla.panel.goal", workingTime(badge.target())),
                text("singlepoint.sla.panel.calendar", BusinessCalendar.ALWAYS_ID.equals(badge.calendarId())
                        ? text("singlepoint.sla.panel.calendar.always") : badge.calendarId()),
                badge.cycles().stream().map(cycle -> cycle(cycle, formatter)).toList());
    }

    private SlaPanelCycle cycle(Cycle cycle, DateTimeFormatter formatter) {
        return new SlaPanelCycle(date(cycle.start(), formatter),
                cycle.stop() == null ? text("singlepoint.sla.panel.cycle.running") : date(cycle.stop(), formatter),
                workingTime(cycle.elapsedMillis()), workingTime(cycle.pausedMillis()),
                text(cycle.breached() ? "singlepoint.sla.panel.cycle.yes" : "singlepoint.sla.panel.cycle.no"));
    }

    private String time(SlaBadge badge) {
        if (badge.over() != null) {
            return text("singlepoint.sla.panel.over", workingTime(badge.over()));
        }
        return badge.remaining() == null ? null
                : text("singlepoint.sla.panel.remaining", workingTime(badge.remaining()));
    }

    private String notice(Reply reply, DateTimeFormatter formatter) {
        return text("singlepoint.sla.panel.replied", who(reply.commenterKey()), date(reply.repliedAt(), formatter),
                reply.status());
    }

    /** The commenter's display name; their key if Jira no longer knows them. */
    private String who(String userKey) {
        if (userKey == null) {
            return text("singlepoint.sla.panel.requester");
        }
        ApplicationUser user = users.getUserByKey(userKey);
        return user == null ? userKey : user.getDisplayName();
    }

    /** Hours and whole minutes of working time, the minutes rounded down. */
    private String workingTime(long millis) {
        long hours = millis / HOUR;
        long minutes = millis % HOUR / MINUTE;
        if (hours == 0) {
            return text("singlepoint.sla.panel.duration.minutes", minutes);
        }
        return minutes == 0 ? text("singlepoint.sla.panel.duration.hours", hours)
                : text("singlepoint.sla.panel.duration", hours, minutes);
    }

    private static String date(Instant instant, DateTimeFormatter formatter) {
        return formatter.format(Date.from(instant));
    }

    private static String lozenge(SlaBadge.Kind kind) {
        // AUI 9+ names; the plain lozenge (no class) for clocks that are not counting towards a goal.
        return switch (kind) {
            case RUNNING -> "aui-lozenge-inprogress";
            case WAITING -> "aui-lozenge-moved";
            case MET -> "aui-lozenge-success";
            case BREACHED -> "aui-lozenge-removed";
            case STOPPED, NOT_STARTED -> "";
        };
    }

    private static String stateKey(SlaBadge.Kind kind) {
        return switch (kind) {
            case NOT_STARTED -> "singlepoint.sla.panel.state.not-started";
            case RUNNING -> "singlepoint.sla.panel.state.running";
            case WAITING -> "singlepoint.sla.panel.state.waiting";
            case MET -> "singlepoint.sla.panel.state.met";
            case BREACHED -> "singlepoint.sla.panel.state.breached";
            case STOPPED -> "singlepoint.sla.panel.state.stopped";
        };
    }

    private String text(String key, Serializable... arguments) {
        return i18n.getText(key, arguments);
    }
}
