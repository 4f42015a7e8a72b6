package com.atlassian.jira.bc.issue;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in: jira-api. Transitions are validated, then performed with the validation result. {@code ApplicationUser}
 * parameters since Jira 7. The nested result types are classes (implicitly {@code public static}); their public
 * {@code @Internal} constructors are not stubbed.
 */
public interface IssueService {

    IssueInputParameters newIssueInputParameters();

    TransitionValidationResult validateTransition(ApplicationUser user, Long issueId, int actionId,
            IssueInputParameters issueInputParameters);

    IssueResult transition(ApplicationUser user, TransitionValidationResult transitionResult);

    UpdateValidationResult validateUpdate(ApplicationUser user, Long issueId, IssueInputParameters issueInputParameters);

    IssueResult update(ApplicationUser user, UpdateValidationResult updateValidationResult);

    /** Base of the issue results; {@code isValid()}/{@code getErrorCollection()} come from {@link ServiceResultImpl}. */
    abstract class IssueValidationResult extends ServiceResultImpl {

        private IssueValidationResult() {
            super(null);
        }
    }

    class IssueResult extends IssueValidationResult {

        private IssueResult() {
            throw new UnsupportedOperationException("stand-in");
        }
    }

    /** Issue 6: the result of validating an edit. */
    class UpdateValidationResult extends IssueValidationResult {
        private UpdateValidationResult() {
            throw new UnsupportedOperationException("stand-in");
        }
    }

    /** Extends {@link ServiceResultImpl} directly, not {@link IssueValidationResult}. */
    class TransitionValidationResult extends ServiceResultImpl {

        private TransitionValidationResult() {
            super(null);
        }
    }
}
