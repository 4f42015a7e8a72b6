package com.atlassian.jira.issue.attachment;

import java.io.File;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in: jira-api ({@code @PublicApi}); only the five-argument builder and the getters of what it sets (the real
 * bean also carries zip, thumbnailable, attachment properties, created time and copySourceFile).
 */
public class CreateAttachmentParamsBean {

    private final File file;
    private final String filename;
    private final String contentType;
    private final ApplicationUser author;
    private final Issue issue;

    private CreateAttachmentParamsBean(Builder builder) {
        this.file = builder.file;
        this.filename = builder.filename;
        this.contentType = builder.contentType;
        this.author = builder.author;
        this.issue = builder.issue;
    }

    public File getFile() {
        return file;
    }

    public String getFilename() {
        return filename;
    }

    public String getContentType() {
        return contentType;
    }

    public ApplicationUser getAuthor() {
        return author;
    }

    public Issue getIssue() {
        return issue;
    }

    /** Stand-in: the real builder also has a no-argument constructor and a setter per field. */
    public static class Builder {
        private final File file;
        private final String filename;
        private final String contentType;
        private final ApplicationUser author;
        private final Issue issue;

        public Builder(File file, String filename, String contentType, ApplicationUser author, Issue issue) {
            this.file = file;
            this.filename = filename;
            this.contentType = contentType;
            this.author = author;
            this.issue = issue;
        }

        public CreateAttachmentParamsBean build() {
            return new CreateAttachmentParamsBean(this);
        }
    }
}
