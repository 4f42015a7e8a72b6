package io.singlepoint.jira.rasci;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One role of {@link RasciFieldView}, as the templates show it.
 *
 * @param letter      R, A, S, C or I: the suffix of its edit input's name
 * @param name        its name in the reader's language
 * @param description what it means
 * @param people      who holds it, in order
 * @param allowsGroups whether the field's policy lets a group hold it: the edit form's picker suggests groups only
 *                     then (the policy is still checked when the form is saved)
 */
public record RasciRoleView(String letter, String name, String description, List<Person> people,
                            boolean allowsGroups) {

    public RasciRoleView {
        people = List.copyOf(people);
    }

    /** A role whose policy is not known here: groups allowed, as the server decides on saving anyway. */
    public RasciRoleView(String letter, String name, String description, List<Person> people) {
        this(letter, name, description, people, true);
    }

    /** The edit input's text: the typed forms, comma-separated. */
    public String typed() {
        return people.stream().map(Person::typed).collect(Collectors.joining(", "));
    }

    public boolean isEmpty() {
        return people.isEmpty();
    }
}
