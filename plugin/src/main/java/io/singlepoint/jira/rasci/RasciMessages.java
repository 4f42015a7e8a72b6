package io.singlepoint.jira.rasci;

import java.util.List;

import com.atlassian.jira.util.I18nHelper;

import io.singlepoint.core.Violation;
import io.singlepoint.core.rasci.Participant;
import io.singlepoint.core.rasci.RasciRole;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Violations in the reader's language: a role by its name, a participant as {@link RasciPeople} shows it, anything
 * else as written.
 */
@Named
public final class RasciMessages {

    private final RasciPeople people;

    @Inject
    public RasciMessages(RasciPeople people) {
        this.people = people;
    }

    public String text(Violation violation, I18nHelper i18n) {
        Object[] arguments = violation.arguments().stream().map(argument -> shown(argument, i18n)).toArray();
        return i18n.getText(violation.i18nKey(), arguments);
    }

    public List<String> texts(List<Violation> violations, I18nHelper i18n) {
        return violations.stream().map(violation -> text(violation, i18n)).toList();
    }

    private String shown(Object argument, I18nHelper i18n) {
        if (argument instanceof RasciRole role) {
            return i18n.getText(role.i18nKey());
        }
        if (argument instanceof Participant participant) {
            return people.show(participant).name();
        }
        return String.valueOf(argument);
    }
}
