package io.singlepoint.stubs;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventListenerRegistrar;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.JiraException;
import com.atlassian.jira.bc.ServiceResult;
import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.datetime.DateTimeStyle;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueConstant;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.watchers.WatcherManager;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.plugin.jql.function.AbstractJqlFunction;
import com.atlassian.jira.plugin.jql.function.JqlFunction;
import com.atlassian.jira.plugin.webfragment.contextproviders.AbstractJiraContextProvider;
import com.atlassian.jira.plugin.webfragment.model.JiraHelper;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.plugin.PluginException;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.web.Condition;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.plugin.web.baseconditions.BaseCondition;
import com.atlassian.query.Query;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.query.operand.Operand;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.ResultDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;

/**
 * Pins the shape of the stand-ins the SLA feature compiles against.
 *
 * <p>The nested classes implement the SPI stand-ins exactly as the plugin will, with {@code @Override} on every
 * method, so a stand-in whose abstract methods drift from the real API stops compiling here. The tests then assert
 * each stand-in's kind (interface, annotation, enum, final / abstract / plain class), which a linkage error in a
 * real Jira would otherwise be the first to report: calling an interface stubbed as a class compiles but fails with
 * {@code IncompatibleClassChangeError}. Only kinds read in a real source are listed (see jira-stubs/README.md).
 */
class StandInShapeTest {

    // ---- the SPI types, implemented the way the plugin implements them ----------------------------------------

    /** Issue 6: the RASCI field type's shape (a text-stored value with its own parsing). */
    static final class RasciFieldType extends com.atlassian.jira.issue.customfields.impl.AbstractSingleFieldType<String> {
        RasciFieldType(com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister persister,
                       com.atlassian.jira.issue.customfields.manager.GenericConfigManager configs) {
            super(persister, configs);
        }

        @Override
        public String getStringFromSingularObject(String value) {
            return value;
        }

        @Override
        public String getSingularObjectFromString(String text) {
            if (text.isEmpty()) {
                throw new com.atlassian.jira.issue.customfields.impl.FieldValidationException("empty");
            }
            return text;
        }

        @Override
        protected com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType getDatabaseType() {
            return com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType.TYPE_UNLIMITED_TEXT;
        }

        @Override
        protected Object getDbValueFromObject(String value) {
            return value;
        }

        @Override
        protected String getObjectFromDbValue(Object stored) {
            return stored.toString();
        }
    }

    static final class SlaBreachedFunction extends AbstractJqlFunction {
        @Override
        public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
            return validateNumberOfArgs(operand, 1);
        }

        @Override
        public List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand,
                TerminalClause terminalClause) {
            List<QueryLiteral> literals = new ArrayList<>();
            for (String arg : operand.getArgs()) {
                literals.add(new QueryLiteral(operand, Long.valueOf(arg)));
            }
            return literals;
        }

        @Override
        public int getMinimumNumberOfExpectedArguments() {
            return 1;
        }

        @Override
        public JiraDataType getDataType() {
            return JiraDataTypes.ISSUE;
        }
    }

    /** The inherited raw {@code getContextMap(Map)} draws an unchecked warning, with the real class as here. */
    @SuppressWarnings("unchecked")
    static final class SlaPanelContextProvider extends AbstractJiraContextProvider {
        @Override
        public Map<String, Object> getContextMap(ApplicationUser user, JiraHelper jiraHelper) {
            Map<String, Object> context = new LinkedHashMap<>();
            context.put("issue", jiraHelper.getContextParams().get("issue"));
            return context;
        }
    }

    static final class SlaPanelCondition implements Condition {
        @Override
        public void init(Map<String, String> params) throws PluginParseException {
        }

        @Override
        public boolean shouldDisplay(Map<String, Object> context) {
            return context.get("issue") instanceof Issue;
        }
    }

    static final class SlaTickJob implements JobRunner {
        @Override
        public JobRunnerResponse runJob(JobRunnerRequest request) {
            if (request.isCancellationRequested()) {
                return JobRunnerResponse.aborted("cancelled");
            }
            return JobRunnerResponse.success();
        }
    }

    @ExportAsService(LifecycleAware.class)
    static final class SlaJobScheduler implements LifecycleAware {
        private final SchedulerService schedulerService;
        private final JobRunnerKey key;

        SlaJobScheduler(SchedulerService schedulerService, JobRunnerKey key) {
            this.schedulerService = schedulerService;
            this.key = key;
        }

        @Override
        public void onStart() {
            schedulerService.registerJobRunner(key, new SlaTickJob());
            try {
                schedulerService.scheduleJob(JobId.of("sla-tick"), JobConfig.forJobRunnerKey(key)
                        .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                        .withSchedule(Schedule.forInterval(60_000L, null))
                        .withParameters(Collections.emptyMap()));
            } catch (SchedulerServiceException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void onStop() {
            schedulerService.unregisterJobRunner(key);
        }
    }

    /** The change-notification post-function and its factory (issue 7), as the plugin writes them. */
    @SuppressWarnings("rawtypes")
    static final class NotifyFunction implements com.opensymphony.workflow.FunctionProvider {
        @Override
        public void execute(Map transientVars, Map args, com.opensymphony.module.propertyset.PropertySet ps)
                throws com.opensymphony.workflow.WorkflowException {
            if (!(transientVars.get("issue") instanceof Issue)) {
                throw new com.opensymphony.workflow.WorkflowException("no issue");
            }
        }
    }

    static final class NotifyFunctionFactory extends com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory
            implements com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory {
        @Override
        protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
        }

        @Override
        protected void getVelocityParamsForEdit(Map<String, Object> velocityParams,
                com.opensymphony.workflow.loader.AbstractDescriptor descriptor) {
        }

        @Override
        protected void getVelocityParamsForView(Map<String, Object> velocityParams,
                com.opensymphony.workflow.loader.AbstractDescriptor descriptor) {
        }

        @Override
        public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
            return Map.of("config", String.valueOf(formParams.get("config")));
        }
    }

    static final class IssueEventListener {
        Long lastEventTypeId;

        @EventListener
        public void onIssueEvent(IssueEvent event) {
            lastEventTypeId = event.getEventTypeId();
        }
    }

    /** The transition the requester's comment triggers, written against the stand-ins. */
    static boolean resume(IssueService issueService, WorkflowManager workflowManager, MutableIssue issue,
            ApplicationUser actor, String targetStatusId) {
        JiraWorkflow workflow = workflowManager.getWorkflow(issue);
        for (Object candidate : workflow.getLinkedStep(issue.getStatus()).getActions()) {
            ActionDescriptor action = (ActionDescriptor) candidate;
            if (Objects.equals(String.valueOf(action.getUnconditionalResult().getStep()), targetStatusId)) {
                IssueInputParameters parameters = issueService.newIssueInputParameters();
                parameters.setSkipScreenCheck(true);
                IssueService.TransitionValidationResult validation =
                        issueService.validateTransition(actor, issue.getId(), action.getId(), parameters);
                return validation.isValid() && issueService.transition(actor, validation).isValid();
            }
        }
        return false;
    }

    /** A page of a JQL search, written against the stand-ins. */
    static List<Issue> firstPage(SearchService searchService, ApplicationUser user, String jql)
            throws SearchException {
        SearchService.ParseResult parsed = searchService.parseQuery(user, jql);
        if (!parsed.isValid()) {
            return Collections.emptyList();
        }
        SearchResults<Issue> results = searchService.search(user, parsed.getQuery(), new PagerFilter<Issue>(0, 50));
        return results.getTotal() == 0 ? Collections.emptyList() : results.getResults();
    }

    // ---- kinds ------------------------------------------------------------------------------------------------

    enum Kind { INTERFACE, ANNOTATION, ENUM, FINAL_CLASS, ABSTRACT_CLASS, CLASS }

    private static Kind kindOf(Class<?> type) {
        if (type.isAnnotation()) {
            return Kind.ANNOTATION;
        }
        if (type.isInterface()) {
            return Kind.INTERFACE;
        }
        if (type.isEnum()) {
            return Kind.ENUM;
        }
        int modifiers = type.getModifiers();
        if (Modifier.isFinal(modifiers)) {
            return Kind.FINAL_CLASS;
        }
        return Modifier.isAbstract(modifiers) ? Kind.ABSTRACT_CLASS : Kind.CLASS;
    }

    private static final Map<Class<?>, Kind> KINDS = new LinkedHashMap<>();

    private static void kind(Kind kind, Class<?>... types) {
        for (Class<?> type : types) {
            KINDS.put(type, kind);
        }
    }

    static {
        kind(Kind.INTERFACE,
                EventListenerRegistrar.class, EventPublisher.class,
                SchedulerService.class, JobRunner.class, JobRunnerRequest.class, LifecycleAware.class,
                ClusterLockService.class, ClusterLock.class,
                Issue.class, MutableIssue.class, IssueManager.class, IssueConstant.class, Status.class,
                Priority.class, IssueType.class, Project.class, ProjectManager.class, ChangeHistoryManager.class,
                CustomFieldManager.class, CustomField.class, Option.class, Comment.class,
                ApplicationUser.class, UserManager.class, JiraAuthenticationContext.class, PermissionManager.class,
                IssueService.class, IssueInputParameters.class, ErrorCollection.class, ServiceResult.class,
                WorkflowManager.class, JiraWorkflow.class,
                SearchService.class, Query.class, MessageSet.class,
                JqlFunction.class, QueryCreationContext.class, Operand.class, TerminalClause.class,
                JiraDataType.class, I18nHelper.class,
                ContextProvider.class, Condition.class, BaseCondition.class);
        kind(Kind.ANNOTATION, EventListener.class, ExportAsService.class);
        kind(Kind.ENUM, RunMode.class);
        kind(Kind.FINAL_CLASS,
                IssueEvent.class, JobRunnerResponse.class, JobConfig.class, JobId.class, JobRunnerKey.class,
                Schedule.class, ProjectPermissionKey.class, JiraDataTypes.class, SearchService.ParseResult.class);
        kind(Kind.ABSTRACT_CLASS,
                AbstractJqlFunction.class, AbstractJiraContextProvider.class, AbstractDescriptor.class,
                IssueService.IssueValidationResult.class);
        kind(Kind.CLASS,
                EventType.class, ChangeItemBean.class, ProjectPermissions.class, ServiceResultImpl.class,
                IssueService.IssueResult.class, IssueService.TransitionValidationResult.class,
                StepDescriptor.class, ActionDescriptor.class, ResultDescriptor.class,
                SearchResults.class, PagerFilter.class, MessageSetImpl.class,
                QueryLiteral.class, FunctionOperand.class, JiraHelper.class,
                SchedulerServiceException.class, SearchException.class, JiraException.class,
                PluginException.class, PluginParseException.class);
        // issue 5, clocks: who may answer for the user
        kind(Kind.INTERFACE, WatcherManager.class);
        // issue 5, views: dates as Jira shows them to the viewer
        kind(Kind.INTERFACE, DateTimeFormatter.class);
        kind(Kind.ENUM, DateTimeStyle.class);
        // issue 7, change notifications: the post-function, its form, Jira's SMTP server, the base URL
        kind(Kind.INTERFACE, com.opensymphony.workflow.FunctionProvider.class,
                com.opensymphony.workflow.WorkflowContext.class,
                com.opensymphony.module.propertyset.PropertySet.class,
                com.atlassian.jira.plugin.workflow.WorkflowPluginFactory.class,
                com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory.class,
                com.atlassian.mail.server.MailServerManager.class, com.atlassian.mail.server.SMTPMailServer.class,
                com.atlassian.mail.server.MailServer.class, com.atlassian.sal.api.ApplicationProperties.class,
                com.atlassian.jira.security.groups.GroupManager.class,
                com.atlassian.jira.security.roles.ProjectRoleManager.class,
                com.atlassian.jira.security.roles.ProjectRole.class,
                com.atlassian.jira.security.roles.DefaultRoleActors.class,
                com.atlassian.jira.security.roles.ProjectRoleActors.class);
        // issue 7, recipients' own language and time zone
        kind(Kind.INTERFACE, com.atlassian.jira.config.LocaleManager.class,
                com.atlassian.jira.timezone.TimeZoneManager.class);
        kind(Kind.ABSTRACT_CLASS, com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory.class);
        kind(Kind.CLASS, com.opensymphony.workflow.WorkflowException.class,
                com.opensymphony.workflow.loader.FunctionDescriptor.class, com.atlassian.mail.Email.class,
                com.atlassian.jira.mail.Email.class, com.atlassian.mail.MailException.class);
        kind(Kind.ENUM, com.atlassian.sal.api.UrlMode.class);
        // issue 6: the RASCI custom field type
        kind(Kind.INTERFACE, com.atlassian.jira.issue.customfields.CustomFieldType.class,
                com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister.class,
                com.atlassian.jira.issue.customfields.manager.GenericConfigManager.class,
                com.atlassian.jira.issue.transport.CollectionParams.class,
                com.atlassian.jira.issue.transport.FieldTransportParams.class,
                com.atlassian.jira.issue.customfields.view.CustomFieldParams.class,
                com.atlassian.jira.issue.fields.config.FieldConfig.class,
                com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem.class);
        kind(Kind.ABSTRACT_CLASS, com.atlassian.jira.issue.customfields.impl.AbstractCustomFieldType.class,
                com.atlassian.jira.issue.customfields.impl.AbstractSingleFieldType.class);
        kind(Kind.FINAL_CLASS, com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType.class);
        kind(Kind.CLASS, com.atlassian.jira.issue.customfields.impl.FieldValidationException.class);
        // issue 8, mail handler: new issues from mail
        kind(Kind.INTERFACE, com.atlassian.jira.issue.IssueFactory.class);
        kind(Kind.CLASS, com.atlassian.jira.exception.CreateException.class);
        // issue 8, mail handler: files Jira's UI attached count as "already on the issue"
        kind(Kind.INTERFACE, com.atlassian.jira.issue.AttachmentManager.class,
                com.atlassian.jira.util.io.InputStreamConsumer.class);
        kind(Kind.CLASS, com.atlassian.jira.issue.attachment.Attachment.class);
        // issue 8, mail handler: an administrator's re-run attaches files itself
        kind(Kind.CLASS, com.atlassian.jira.issue.attachment.CreateAttachmentParamsBean.class);
        kind(Kind.CLASS, com.atlassian.jira.issue.attachment.CreateAttachmentParamsBean.Builder.class);
    }

    @Test
    void a_field_type_built_on_the_single_field_stand_in_is_a_custom_field_type_with_unchecked_validation() {
        assertAll(
                () -> assertTrue(com.atlassian.jira.issue.customfields.CustomFieldType.class
                        .isAssignableFrom(RasciFieldType.class)),
                () -> assertEquals(RuntimeException.class,
                        com.atlassian.jira.issue.customfields.impl.FieldValidationException.class.getSuperclass()),
                () -> assertEquals(Set.of(com.atlassian.jira.issue.transport.CollectionParams.class), Set.of(
                        com.atlassian.jira.issue.transport.FieldTransportParams.class.getInterfaces())),
                () -> assertEquals("empty", org.junit.jupiter.api.Assertions.assertThrows(
                        com.atlassian.jira.issue.customfields.impl.FieldValidationException.class,
                        () -> new RasciFieldType(null, null).getSingularObjectFromString("")).getMessage()));
    }

    @Test
    void eachStandInHasTheKindOfTheRealType() {
        List<Executable> checks = new ArrayList<>();
        KINDS.forEach((type, kind) ->
                checks.add(() -> assertEquals(kind, kindOf(type), type.getName())));
        assertAll(checks);
    }

    @Test
    void nestedResultTypesAreStaticMembers() {
        for (Class<?> nested : List.of(IssueService.IssueValidationResult.class, IssueService.IssueResult.class,
                IssueService.TransitionValidationResult.class, SearchService.ParseResult.class,
                IssueService.UpdateValidationResult.class)) {
            assertTrue(Modifier.isStatic(nested.getModifiers()), nested.getName());
            assertTrue(Modifier.isPublic(nested.getModifiers()), nested.getName());
        }
    }

    @Test
    void supertypesThatDecideWhereMethodsLive() {
        assertAll(
                () -> assertEquals(Set.of(EventListenerRegistrar.class), Set.of(EventPublisher.class.getInterfaces())),
                () -> assertEquals(Set.of(IssueConstant.class), Set.of(Status.class.getInterfaces())),
                () -> assertEquals(Set.of(Issue.class), Set.of(MutableIssue.class.getInterfaces())),
                () -> assertEquals(Set.of(BaseCondition.class), Set.of(Condition.class.getInterfaces())),
                () -> assertEquals(ServiceResultImpl.class, IssueService.TransitionValidationResult.class.getSuperclass()),
                () -> assertEquals(IssueService.IssueValidationResult.class,
                        IssueService.IssueResult.class.getSuperclass()),
                () -> assertEquals(IssueService.IssueValidationResult.class,
                        IssueService.UpdateValidationResult.class.getSuperclass()),
                () -> assertEquals(AbstractDescriptor.class, ActionDescriptor.class.getSuperclass()),
                () -> assertTrue(Operand.class.isAssignableFrom(FunctionOperand.class)),
                () -> assertTrue(ContextProvider.class.isAssignableFrom(AbstractJiraContextProvider.class)),
                () -> assertTrue(JqlFunction.class.isAssignableFrom(AbstractJqlFunction.class)));
    }

    @Test
    void checkedAndUncheckedExceptionsAreTheRealOnes() {
        assertAll(
                () -> assertFalse(RuntimeException.class.isAssignableFrom(SchedulerServiceException.class)),
                () -> assertFalse(RuntimeException.class.isAssignableFrom(SearchException.class)),
                () -> assertEquals(JiraException.class, SearchException.class.getSuperclass()),
                () -> assertEquals(Exception.class, JiraException.class.getSuperclass()),
                () -> assertEquals(PluginException.class, PluginParseException.class.getSuperclass()),
                () -> assertEquals(RuntimeException.class, PluginException.class.getSuperclass()),
                () -> assertArrayEquals(new Class<?>[] {SchedulerServiceException.class},
                        SchedulerService.class.getMethod("scheduleJob", JobId.class, JobConfig.class)
                                .getExceptionTypes()),
                () -> assertArrayEquals(new Class<?>[] {SearchException.class},
                        SearchService.class.getMethod("search", ApplicationUser.class, Query.class, PagerFilter.class)
                                .getExceptionTypes()),
                () -> assertArrayEquals(new Class<?>[] {PluginParseException.class},
                        ContextProvider.class.getMethod("init", Map.class).getExceptionTypes()));
    }

    @Test
    void factoriesAreStatic() throws NoSuchMethodException {
        List<Method> factories = List.of(
                JobRunnerResponse.class.getMethod("success"),
                JobRunnerResponse.class.getMethod("success", String.class),
                JobRunnerResponse.class.getMethod("failed", String.class),
                JobRunnerResponse.class.getMethod("failed", Throwable.class),
                JobRunnerResponse.class.getMethod("aborted", String.class),
                JobRunnerKey.class.getMethod("of", String.class),
                JobId.class.getMethod("of", String.class),
                JobConfig.class.getMethod("forJobRunnerKey", JobRunnerKey.class),
                Schedule.class.getMethod("forInterval", long.class, java.util.Date.class),
                Schedule.class.getMethod("runOnce", java.util.Date.class),
                PagerFilter.class.getMethod("getUnlimitedFilter"));
        for (Method factory : factories) {
            assertTrue(Modifier.isStatic(factory.getModifiers()), factory.toString());
        }
        assertFalse(Modifier.isStatic(JobConfig.class.getMethod("withRunMode", RunMode.class).getModifiers()));
    }

    @Test
    void returnTypesThatAreEasyToGetWrong() throws NoSuchMethodException {
        assertAll(
                () -> assertEquals(void.class,
                        IssueInputParameters.class.getMethod("setSkipScreenCheck", boolean.class).getReturnType()),
                () -> assertEquals(IssueInputParameters.class,
                        IssueInputParameters.class.getMethod("setComment", String.class).getReturnType()),
                () -> assertEquals(ApplicationUser.class,
                        JiraAuthenticationContext.class.getMethod("getLoggedInUser").getReturnType()),
                () -> assertEquals(ApplicationUser.class, IssueEvent.class.getMethod("getUser").getReturnType()),
                () -> assertEquals(Status.class, Issue.class.getMethod("getStatus").getReturnType()),
                () -> assertEquals(java.sql.Timestamp.class, Issue.class.getMethod("getCreated").getReturnType()),
                () -> assertEquals(java.util.Date.class, Comment.class.getMethod("getCreated").getReturnType()),
                () -> assertEquals(java.sql.Timestamp.class,
                        ChangeItemBean.class.getMethod("getCreated").getReturnType()),
                () -> assertEquals(StepDescriptor.class,
                        JiraWorkflow.class.getMethod("getLinkedStep", Status.class).getReturnType()),
                () -> assertEquals(int.class, ResultDescriptor.class.getMethod("getStep").getReturnType()),
                () -> assertEquals(int.class, AbstractDescriptor.class.getMethod("getId").getReturnType()),
                () -> assertEquals(Long.class, EventType.class.getField("ISSUE_COMMENTED_ID").getType()),
                () -> assertEquals(6L, EventType.ISSUE_COMMENTED_ID),
                () -> assertEquals(13L, EventType.ISSUE_GENERICEVENT_ID));
    }

    @Test
    void i18nHelperHasNoVarargsGetText() {
        Set<String> getTexts = new TreeSet<>();
        for (Method method : I18nHelper.class.getMethods()) {
            if (method.getName().equals("getText")) {
                assertFalse(method.isVarArgs(), method.toString());
                getTexts.add(method.toString());
            }
        }
        assertEquals(2, getTexts.size(), getTexts.toString());
    }

    @Test
    void annotationsKeepTheirRetentionAndTargets() throws NoSuchMethodException {
        assertAll(
                () -> assertEquals(RetentionPolicy.RUNTIME, EventListener.class.getAnnotation(Retention.class).value()),
                () -> assertArrayEquals(new ElementType[] {ElementType.METHOD},
                        EventListener.class.getAnnotation(Target.class).value()),
                () -> assertEquals(RetentionPolicy.RUNTIME,
                        ExportAsService.class.getAnnotation(Retention.class).value()),
                () -> assertArrayEquals(new ElementType[] {ElementType.TYPE, ElementType.FIELD},
                        ExportAsService.class.getAnnotation(Target.class).value()));
        // Read back at run time, the way atlassian-event and the scanner see them.
        Annotation listener = IssueEventListener.class.getMethod("onIssueEvent", IssueEvent.class)
                .getAnnotation(EventListener.class);
        assertNotNull(listener);
        assertArrayEquals(new Class<?>[] {LifecycleAware.class},
                SlaJobScheduler.class.getAnnotation(ExportAsService.class).value());
    }

    @Test
    void pluginSubclassesOfTheSpiBaseClassesCanBeInstantiated() {
        // The base classes keep the real types' implicit constructors: the plugin's own subclasses are testable.
        assertEquals(1, new SlaBreachedFunction().getMinimumNumberOfExpectedArguments());
        assertNotNull(new SlaPanelContextProvider());
        assertFalse(new SlaPanelCondition().shouldDisplay(Map.of()));
    }
}
