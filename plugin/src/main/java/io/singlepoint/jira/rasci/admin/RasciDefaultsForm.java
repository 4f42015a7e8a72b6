package io.singlepoint.jira.rasci.admin;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.singlepoint.core.Violation;
import io.singlepoint.core.rasci.Participant;
import io.singlepoint.core.rasci.RasciDefaults;
import io.singlepoint.core.rasci.RasciDefaults.From;
import io.singlepoint.core.rasci.RasciDefaults.Source;
import io.singlepoint.core.rasci.RasciRole;
import io.singlepoint.jira.rasci.RasciPeople;

import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The defaults as an administrator types them, per role and comma-separated: {@code project-lead}, {@code assignee},
 * {@code reporter}, or a fixed participant (username, {@code group:NAME}, address).
 */
@Named
public final class RasciDefaultsForm {

    private static final Map<String, From> WORDS = Map.of(
            "project-lead", From.PROJECT_LEAD, "assignee", From.ASSIGNEE, "reporter", From.REPORTER);

    /** The defaults read, and every word that names nobody ({@code singlepoint.rasci.defaults.error.word}). */
    public record Reading(RasciDefaults defaults, List<Violation> problems) {
    }

    private final RasciPeople people;

    @Inject
    public RasciDefaultsForm(RasciPeople people) {
        this.people = people;
    }

    public Reading read(Map<RasciRole, String> typed) {
        Map<RasciRole, List<Source>> sources = new EnumMap<>(RasciRole.class);
        List<Violation> problems = new ArrayList<>();
        typed.forEach((role, text) -> {
            List<Source> list = new ArrayList<>();
            for (String word : (text == null ? "" : text).split(",")) {
                if (!word.isBlank()) {
                    source(word.strip()).ifPresentOrElse(list::add,
                            () -> problems.add(Violation.of("singlepoint.rasci.defaults.error.word", role, word.strip())));
                }
            }
            if (!list.isEmpty()) {
                sources.put(role, list);
            }
        });
        return new Reading(new RasciDefaults(sources), problems);
    }

    /** One role's sources as typed. */
    public String typed(List<Source> sources) {
        return sources.stream().map(source -> source.from() == From.FIXED
                        ? people.show(source.participant()).typed()
                        : source.from().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", "));
    }

    private Optional<Source> source(String word) {
        From from = WORDS.get(word.toLowerCase(Locale.ROOT));
        if (from != null) {
            return Optional.of(Source.of(from));
        }
        try {
            Optional<Participant> participant = people.resolve(word);
            return participant.map(Source::fixed);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // reported as a word that names nobody
        }
    }
}
