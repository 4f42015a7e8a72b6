package com.atlassian.jira.issue.attachment;

/** Stand-in: jira-api ({@code @PublicApi} class; its supertype {@code AbstractOfBizValueWrapper} is left out). */
public class Attachment {

    private Attachment() {
    }

    public Long getId() {
        throw new UnsupportedOperationException("stand-in");
    }

    public String getFilename() {
        throw new UnsupportedOperationException("stand-in");
    }

    public Long getFilesize() {
        throw new UnsupportedOperationException("stand-in");
    }
}
