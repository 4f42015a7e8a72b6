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
 */
public record RasciRoleView(String letter, String name, String description, List<Person> people) {

    public RasciRoleView {
        people = List.copyOf(people);
    }

    /** The edit input's text: the typed forms, comma-separated. */
    public String typed() {
        return people.stream().map(Person::typed).collect(Collectors.joining(", "));
    }

    public boolean isEmpty() {
        return people.isEmpty();
    }
}
