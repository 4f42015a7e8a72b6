package com.atlassian.jira.issue;

import java.io.IOException;
import java.util.List;

import com.atlassian.jira.issue.attachment.Attachment;
import com.atlassian.jira.util.io.InputStreamConsumer;

/** Stand-in: jira-api ({@code @PublicApi}). Only what the mail handler calls. */
public interface AttachmentManager {

    List<Attachment> getAttachments(Issue issue);

    <T> T streamAttachmentContent(Attachment attachment, InputStreamConsumer<T> consumer) throws IOException;
}
