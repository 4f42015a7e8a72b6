package io.singlepoint.jira.mail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.atlassian.configurable.ObjectConfigurationException;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.plugins.mail.webwork.AbstractEditHandlerDetailsWebAction;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.service.JiraServiceContainer;
import com.atlassian.jira.service.util.handler.MessageHandlerErrorCollector;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.PluginAccessor;

import io.singlepoint.core.Violation;
import io.singlepoint.jira.mail.MailHandlerConfig.Setting;

import jakarta.inject.Inject;

/**
 * The handler's add/edit page ({@code add-edit-url}) in Jira's incoming-mail screens: the five handler parameters
 * ({@link MailHandlerConfig}) as form fields. Jira's mail plugin stores what {@link #getHandlerParams()} returns as
 * the service's parameter string and hands it to the handler's {@code init}. The fields are checked with the same
 * reader as the handler uses, and the project and issue type of new requests, the comment user and the forward group
 * against Jira; every wrong value is shown on the page at once, in the admin's language, led by its field's label.
 */
public final class EditMailHandlerDetailsAction extends AbstractEditHandlerDetailsWebAction {

    /** The service property holding the handler parameters ({@code AbstractMessageHandlingService.KEY_HANDLER_PARAMS}). */
    static final String KEY_HANDLER_PARAMS = "handler.params";

    private String projects = "";
    private String addresses = "";
    private String domain = "";
    private String maxPerHour = String.valueOf(MailHandlerConfig.DEFAULT_MAX_PER_HOUR);
    private String keepBytes = String.valueOf(MailHandlerConfig.DEFAULT_KEEP_BYTES);
    private String retentionDays = String.valueOf(MailLogRetention.DEFAULT_DAYS);
    private String project = "";
    private String issueType = "";
    private final ProjectManager projectManager;
    private String commentAs = "";
    private String rejectReply = "true";
    private String forwardTo = "";
    private final GroupManager groupManager;
    private final UserManager userManager;
    private final JiraAuthenticationContext authenticationContext;

    @Inject
    public EditMailHandlerDetailsAction(PluginAccessor pluginAccessor, ProjectManager projectManager,
                                        UserManager userManager, GroupManager groupManager,
                                        JiraAuthenticationContext authenticationContext) {
        super(pluginAccessor);
        this.authenticationContext = authenticationContext;
        this.groupManager = groupManager;
        this.projectManager = projectManager;
        this.userManager = userManager;
    }

    @Override
    protected void copyServiceSettings(JiraServiceContainer service) throws ObjectConfigurationException {
        Map<String, String> params = parameters(service.getProperty(KEY_HANDLER_PARAMS));
        projects = params.getOrDefault("projects", "");
        addresses = params.getOrDefault("addresses", "");
        domain = params.getOrDefault("domain", "");
        maxPerHour = params.getOrDefault("maxPerHour", maxPerHour);
        keepBytes = params.getOrDefault("keepBytes", keepBytes);
        retentionDays = params.getOrDefault("retentionDays", retentionDays);
        project = params.getOrDefault("project", "");
        issueType = params.getOrDefault("issueType", "");
        commentAs = params.getOrDefault("commentAs", "");
        rejectReply = params.getOrDefault("rejectReply", "true");
        forwardTo = params.getOrDefault("forwardTo", "");
    }

    @Override
    protected Map<String, String> getHandlerParams() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("projects", clean(projects));
        params.put("addresses", clean(addresses));
        params.put("domain", clean(domain));
        params.put("maxPerHour", clean(maxPerHour));
        params.put("keepBytes", clean(keepBytes));
        params.put("retentionDays", clean(retentionDays));
        params.put("project", clean(project).toUpperCase(java.util.Locale.ROOT));
        params.put("issueType", clean(issueType));
        params.put("commentAs", clean(commentAs));
        params.put("rejectReply", clean(rejectReply));
        params.put("forwardTo", forwardTo == null ? "" : forwardTo.replace(',', ' ').replace('=', ' ').strip());
        params.values().removeIf(String::isEmpty);
        return params;
    }

    @Override
    protected void doValidation() {
        super.doValidation();
        validate(new WebWorkErrorCollector());
    }

    /** Reports each wrong field as an error of the page, in the language of the admin looking at it. */
    void validate(MessageHandlerErrorCollector errors) {
        I18nHelper i18n = authenticationContext.getI18nHelper();
        problems().forEach(problem -> errors.error(text(problem, i18n)));
    }

    /** Every wrong field: as the handler reads it, then what Jira does not know. */
    private List<Violation> problems() {
        MailHandlerConfig.Read read = MailHandlerConfig.read(getHandlerParams());
        List<Violation> problems = new ArrayList<>(read.violations());
        MailHandlerConfig config = read.config();
        if (config.createsIssues()) {
            Project target = projectManager.getProjectObjByKey(config.project());
            if (target == null) {
                problems.add(error("no-project", "project", config.project()));
            } else if (target.getIssueTypes().stream().map(IssueType::getId)
                    .noneMatch(config.issueType()::equals)) {
                problems.add(error("no-issue-type", "issueType", config.issueType(), config.project()));
            }
        }
        if (config.commentAs() != null) {
            ApplicationUser runAs = userManager.getUserByName(config.commentAs());
            if (runAs == null || !runAs.isActive()) {
                problems.add(error("no-user", "commentAs", config.commentAs()));
            }
        }
        if (config.forwardTo() != null && !config.forwardTo().contains("@")) {
            java.util.Collection<ApplicationUser> members = groupManager.getUsersInGroup(config.forwardTo());
            if (members == null || members.isEmpty()) {
                problems.add(error("no-group", "forwardTo", config.forwardTo()));
            }
        }
        return problems;
    }

    private static Violation error(String what, String parameter, String... values) {
        List<Object> arguments = new ArrayList<>(List.of(new Setting(parameter)));
        arguments.addAll(List.of(values));
        return new Violation(MailHandlerConfig.ERROR + what, arguments);
    }

    /** As {@code RasciMessages#text}: a setting by its field's label, anything else as written. */
    private static String text(Violation violation, I18nHelper i18n) {
        Object[] arguments = violation.arguments().stream()
                .map(argument -> argument instanceof Setting setting ? i18n.getText(setting.labelKey())
                        : String.valueOf(argument))
                .toArray();
        return i18n.getText(violation.i18nKey(), arguments);
    }

    /**
     * Jira's parameter string, {@code a=1, b=2}, as a map; as {@code ServiceUtils.getParameterMap} reads it: split at
     * commas, each at its first {@code =}, trimmed.
     */
    static Map<String, String> parameters(String parameterString) {
        Map<String, String> params = new LinkedHashMap<>();
        if (parameterString == null) {
            return params;
        }
        for (String pair : parameterString.split(",")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return params;
    }

    /** A value as the parameter string can hold it: no commas or equals signs, lists separated by spaces. */
    private static String clean(String value) {
        return value == null ? "" : value.replace(',', ' ').replace('=', ' ').strip().replaceAll("\\s+", " ");
    }

    public String getProjects() {
        return projects;
    }

    public void setProjects(String projects) {
        this.projects = projects;
    }

    public String getAddresses() {
        return addresses;
    }

    public void setAddresses(String addresses) {
        this.addresses = addresses;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getMaxPerHour() {
        return maxPerHour;
    }

    public void setMaxPerHour(String maxPerHour) {
        this.maxPerHour = maxPerHour;
    }

    public String getKeepBytes() {
        return keepBytes;
    }

    public void setKeepBytes(String keepBytes) {
        this.keepBytes = keepBytes;
    }

    public String getProject() {
        return project;
    }

    public void setProject(String project) {
        this.project = project;
    }

    public String getCommentAs() {
        return commentAs;
    }

    public void setCommentAs(String commentAs) {
        this.commentAs = commentAs;
    }

    public String getRejectReply() {
        return rejectReply;
    }

    public void setRejectReply(String rejectReply) {
        this.rejectReply = rejectReply;
    }

    public String getForwardTo() {
        return forwardTo;
    }

    public void setForwardTo(String forwardTo) {
        this.forwardTo = forwardTo;
    }

    public String getIssueType() {
        return issueType;
    }

    public void setIssueType(String issueType) {
        this.issueType = issueType;
    }

    public String getRetentionDays() {
        return retentionDays;
    }

    public void setRetentionDays(String retentionDays) {
        this.retentionDays = retentionDays;
    }
}
