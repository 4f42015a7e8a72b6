package io.singlepoint.jira.rasci.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One participant holding one role in one RASCI field of one issue: the search index of the field. Searches ask
 * {@code ROLE_LETTER, KIND, PARTICIPANT}; writes replace an issue's rows per field. Column names avoid SQL's
 * reserved words ({@code VALUE}, {@code ROLE}).
 */
@Table("RASCI_MEMBER")
@Indexes(@Index(name = "rasci_holder", methodNames = {"getRoleLetter", "getKind", "getParticipant"}))
public interface RasciMemberEntity extends Entity {

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    /** The custom field, {@code customfield_10100}. */
    @NotNull
    @StringLength(64)
    String getFieldId();

    void setFieldId(String fieldId);

    /** {@link io.singlepoint.core.rasci.RasciRole#letter()}. */
    @NotNull
    @StringLength(1)
    String getRoleLetter();

    void setRoleLetter(String letter);

    /** {@link io.singlepoint.core.rasci.Participant.Kind}. */
    @NotNull
    @StringLength(8)
    String getKind();

    void setKind(String kind);

    /** The user key as stored; a group's name or an address in lower case, as they compare. */
    @NotNull
    @StringLength(255)
    String getParticipant();

    void setParticipant(String participant);
}
