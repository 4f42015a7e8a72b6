package io.singlepoint.jira.rasci;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import com.atlassian.activeobjects.external.ActiveObjects;

import io.singlepoint.core.rasci.Participant;
import io.singlepoint.core.rasci.RasciAssignment;
import io.singlepoint.core.rasci.RasciRole;
import io.singlepoint.jira.rasci.ao.RasciMemberEntity;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Who holds which role on which issue, as a table: what the JQL functions answer from, without loading issues.
 * The field type writes an issue's rows whenever its value is stored; a deleted issue or field loses its rows.
 */
@Named
public final class RasciMemberships {

    private final ActiveObjects ao;

    @Inject
    public RasciMemberships(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Replaces what {@code fieldId} says about the issue with {@code assignment} (none for {@code null}). */
    public void replace(long issueId, String fieldId, RasciAssignment assignment) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(RasciMemberEntity.class, "ISSUE_ID = ? AND FIELD_ID = ?", issueId, fieldId);
            if (assignment != null) {
                assignment.roles().forEach((role, participants) -> participants.forEach(participant ->
                        ao.create(RasciMemberEntity.class,
                                new DBParam("ISSUE_ID", issueId),
                                new DBParam("FIELD_ID", fieldId),
                                new DBParam("ROLE_LETTER", String.valueOf(role.letter())),
                                new DBParam("KIND", participant.kind().name()),
                                new DBParam("PARTICIPANT", stored(participant)))));
            }
            return null;
        });
    }

    /** The issues, ascending, on which {@code participant} holds {@code role} in any RASCI field. */
    public List<Long> issues(RasciRole role, Participant participant) {
        TreeSet<Long> issues = new TreeSet<>();
        ao.stream(RasciMemberEntity.class, Query.select("ID, ISSUE_ID")
                        .where("ROLE_LETTER = ? AND KIND = ? AND PARTICIPANT = ?", String.valueOf(role.letter()),
                                participant.kind().name(), stored(participant)),
                entity -> issues.add(entity.getIssueId()));
        return List.copyOf(issues);
    }

    /** Removes every row of a deleted issue. */
    public void forgetIssue(long issueId) {
        ao.deleteWithSQL(RasciMemberEntity.class, "ISSUE_ID = ?", issueId);
    }

    /** Removes every row of a deleted field. */
    public void forgetField(String fieldId) {
        ao.deleteWithSQL(RasciMemberEntity.class, "FIELD_ID = ?", fieldId);
    }

    /** How many rows the issue has; for tests and the rebuild's progress. */
    public int count(long issueId) {
        return ao.count(RasciMemberEntity.class, Query.select().where("ISSUE_ID = ?", issueId));
    }

    // Users compare by exact key; groups and addresses ignoring case (Participant.sameAs): store them folded.
    private static String stored(Participant participant) {
        return participant.kind() == Participant.Kind.USER ? participant.value()
                : participant.value().toLowerCase(Locale.ROOT);
    }
}
