package io.singlepoint.jira.notify.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A project's own version of one part of a notification template, replacing SinglePoint's default. */
@Table("NOTIFY_TEMPLATE")
public interface NotifyTemplateEntity extends Entity {

    @NotNull
    @Indexed
    long getProjectId();

    void setProjectId(long projectId);

    /** The template's name: a stage id, or a name a post-function chose. */
    @NotNull
    @StringLength(40)
    String getName();

    void setName(String name);

    @NotNull
    @StringLength(3)
    String getLanguage();

    void setLanguage(String language);

    /** {@code subject}, {@code txt} or {@code html}. */
    @NotNull
    @StringLength(10)
    String getPart();

    void setPart(String part);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getSource();

    void setSource(String source);
}
