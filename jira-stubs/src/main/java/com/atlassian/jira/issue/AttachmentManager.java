package com.atlassian.jira.issue;

import java.io.IOException;
import java.util.List;

import com.atlassian.jira.issue.attachment.Attachment;
import com.atlassian.jira.issue.attachment.CreateAttachmentParamsBean;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.util.io.InputStreamConsumer;
import com.atlassian.jira.web.util.AttachmentException;

/** Stand-in: jira-api ({@code @PublicApi}). Only what the mail handler calls. */
public interface AttachmentManager {

    List<Attachment> getAttachments(Issue issue);

    <T> T streamAttachmentContent(Attachment attachment, InputStreamConsumer<T> consumer) throws IOException;

    /** Issue 8, an administrator's re-run: creates the attachment on disk and in the database. */
    ChangeItemBean createAttachment(CreateAttachmentParamsBean createAttachmentParamsBean) throws AttachmentException;
}
