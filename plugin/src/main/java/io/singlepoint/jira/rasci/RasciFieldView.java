package io.singlepoint.jira.rasci;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.atlassian.jira.util.I18nHelper;

import io.singlepoint.core.rasci.Participant;
import io.singlepoint.core.rasci.RasciAssignment;
import io.singlepoint.core.rasci.RasciPolicy;
import io.singlepoint.core.rasci.RasciRole;

/**
 * What the field's templates show ({@code $rasci}): every role with its name, its people as shown, and the text
 * of its edit input. Built per rendering; holds no Jira object.
 */
public final class RasciFieldView {

    private final List<RasciRoleView> roles;

    private RasciFieldView(List<RasciRoleView> roles) {
        this.roles = List.copyOf(roles);
    }

    /** The view of {@code assignment} (empty for none) in the reader's language, under the default policy. */
    public static RasciFieldView of(RasciAssignment assignment, RasciPeople people, I18nHelper i18n) {
        return of(assignment, people, i18n, RasciPolicy.DEFAULT);
    }

    /**
     * The view of {@code assignment} (empty for none) in the reader's language; {@code policy} is the field's, and
     * says which roles a group may hold (what the edit form's picker suggests).
     */
    public static RasciFieldView of(RasciAssignment assignment, RasciPeople people, I18nHelper i18n,
                                    RasciPolicy policy) {
        RasciAssignment shown = assignment == null ? RasciAssignment.EMPTY : assignment;
        List<RasciRoleView> roles = new ArrayList<>();
        for (RasciRole role : RasciRole.values()) {
            roles.add(new RasciRoleView(String.valueOf(role.letter()), i18n.getText(role.i18nKey()),
                    i18n.getText(role.i18nKey() + ".description"),
                    shown.participants(role).stream().map(people::show).toList(),
                    policy.rule(role).kinds().contains(Participant.Kind.GROUP)));
        }
        return new RasciFieldView(roles);
    }

    /** All five roles, in R, A, S, C, I order: the edit form's inputs. */
    public List<RasciRoleView> roles() {
        return roles;
    }

    /** The roles someone holds: what the view shows. */
    public List<RasciRoleView> held() {
        return roles.stream().filter(role -> !role.isEmpty()).toList();
    }

    public boolean isEmpty() {
        return held().isEmpty();
    }

    /** One line for the change history and columns: {@code Responsible: Ann, network-team; Accountable: Bob}. */
    public String line() {
        return held().stream()
                .map(role -> role.name() + ": " + role.people().stream().map(Person::name)
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }
}
