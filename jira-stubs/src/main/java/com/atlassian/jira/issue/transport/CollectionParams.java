package com.atlassian.jira.issue.transport;

import java.util.Collection;

/** Stand-in: jira-api ({@code @PublicApi}); supertype {@code FieldParams} not stubbed. */
public interface CollectionParams {

    /** The values under {@code key}; {@code null} is the field's own key, other keys are the field's sub-inputs. */
    Collection<String> getValuesForKey(String key);
}
