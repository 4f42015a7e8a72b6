package io.singlepoint.jira.rasci;

import java.util.Optional;

import com.atlassian.jira.util.I18nHelper;

import io.singlepoint.core.rasci.RasciAssignment;
import io.singlepoint.core.rasci.RasciDiff;

/**
 * The change history's text for a write of a RASCI field: core's {@link RasciDiff} in words,
 * {@code Accountable: Ann Archer → Bob Baker; Informed: + service-owners}.
 *
 * <p>Jira never hands a field type the old and the new value together. {@code DefaultCustomField.updateValue} reads
 * the stored value, calls the type's {@code createValue} or {@code updateValue} with the new value, then, on the same
 * thread and with the same new-value instance, {@code getChangelogString(new)} and {@code getChangelogString(old)}.
 * So {@link RasciFieldType} tells this class what each write replaced ({@link #written}), and the text of exactly that
 * new instance is the change ({@link #takeChange}); every other value is shown as its role lists.
 */
public final class RasciHistory {

    /** The last write of this thread: the value written (compared by identity) and the value it replaced. */
    private record Write(RasciAssignment value, RasciAssignment before) { }

    /*
     * One slot per thread, not a map: the write and the changelog strings Jira asks for follow each other on the
     * request's thread. The slot is overwritten by every write and emptied when its change is taken, so it keeps at
     * most one value per thread, never outlives the next write, and is never seen by another request or node. Jira
     * asks for no text when it creates an issue with a value: the issue-created event empties the slot then
     * (forgetThisThread), so that no value of this app stays on Jira's threads after the request.
     */
    private static final ThreadLocal<Write> last = new ThreadLocal<>();

    /** Records that {@code value} (or {@code null}: the field was emptied) replaced {@code before} on this thread. */
    void written(RasciAssignment before, RasciAssignment value) {
        last.set(new Write(value, before));
    }

    /**
     * Forgets this thread's last write, whichever RASCI field made it: for writes that make no change-history entry
     * (an issue's creation, its defaults).
     */
    static void forgetThisThread() {
        last.remove();
    }

    /**
     * The change made by this thread's last write, if it wrote this very {@code value} instance; taken once.
     *
     * @return the change in words, or empty for any other value (the old one, or a caller without a write)
     */
    Optional<String> takeChange(RasciAssignment value, RasciPeople people, I18nHelper i18n) {
        Write write = last.get();
        if (write == null || write.value() != value) {
            return Optional.empty();
        }
        last.remove();
        String change = change(write.before(), value, people, i18n);
        return change.isEmpty() ? Optional.empty() : Optional.of(change);
    }

    /**
     * What changed from {@code before} to {@code after} ({@code null} for none), in the reader's language: role names
     * from the i18n bundle, people as the field's view names them ({@link RasciPeople#show}), a deactivated or deleted
     * user with its note ({@code Carl Clay (deactivated)}). Plain text: Jira escapes it where it shows it.
     */
    public static String change(RasciAssignment before, RasciAssignment after, RasciPeople people, I18nHelper i18n) {
        return RasciDiff.between(orEmpty(before), orEmpty(after))
                .render(role -> i18n.getText(role.i18nKey()), participant -> name(people.show(participant), i18n));
    }

    private static String name(Person person, I18nHelper i18n) {
        return person.isGone() ? i18n.getText("singlepoint.rasci.history.gone",
                new Object[] {person.name(), i18n.getText(person.noteKey())}) : person.name();
    }

    private static RasciAssignment orEmpty(RasciAssignment assignment) {
        return assignment == null ? RasciAssignment.EMPTY : assignment;
    }
}
