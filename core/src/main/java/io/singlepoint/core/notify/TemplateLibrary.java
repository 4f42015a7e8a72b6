package io.singlepoint.core.notify;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.singlepoint.core.notify.TemplateSet.Part;

/**
 * The notification templates of a project: SinglePoint's defaults, one per stage in English and German
 * ({@code io/singlepoint/core/notify/templates/<stage>.<language>.{subject,txt,html}.vm}), overridden part by part with
 * sources a project stored (the admin page's). Rendering works on sources, never on files, so both come alike.
 *
 * <p>Which source a part comes from, for template {@code name} of stage {@code stage} and a person's language: the
 * project's override of {@code name} in that language, the default of {@code name}, the override of the stage's own
 * template, its default; a language with none of these (French, say) falls back to English along the same chain.
 * A configured template name that has no source at all is thus the stage's template. Immutable.
 */
public final class TemplateLibrary {

    /** The languages every stage has default templates in. */
    public static final List<String> LANGUAGES = List.of("en", "de");
    /** The language of last resort. */
    public static final String FALLBACK = "en";
    /** A template people write is a page or two; past this a source is refused. */
    public static final int MAX_SOURCE = 65_536;

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final TemplateLibrary DEFAULTS = new TemplateLibrary(loadDefaults(), Map.of());

    private final Map<Key, String> defaults;
    private final Map<Key, String> overrides;

    private TemplateLibrary(Map<Key, String> defaults, Map<Key, String> overrides) {
        this.defaults = defaults;
        this.overrides = overrides;
    }

    /** SinglePoint's default templates, nothing overridden. */
    public static TemplateLibrary defaults() {
        return DEFAULTS;
    }

    /**
     * These templates with some parts replaced, e.g. a project's overrides from the database.
     *
     * @throws IllegalArgumentException if a key's name or language is malformed or a source is too long
     */
    public TemplateLibrary withOverrides(Map<Key, String> sources) {
        Map<Key, String> merged = new HashMap<>(overrides);
        sources.forEach((key, source) -> {
            if (requireNonNull(source, "source").length() > MAX_SOURCE) {
                throw new IllegalArgumentException(key.fileName() + " is longer than " + MAX_SOURCE + " characters");
            }
            merged.put(key, source);
        });
        return new TemplateLibrary(defaults, Collections.unmodifiableMap(merged));
    }

    /** The sources for a mail of {@code stage} with template {@code name} to someone who reads {@code locale}. */
    public TemplateSet templates(String name, Stage stage, Locale locale) {
        String wanted = locale == null ? FALLBACK : locale.getLanguage().toLowerCase(Locale.ROOT);
        String language = has(name, stage, wanted) ? wanted : FALLBACK;
        return new TemplateSet(name, language, find(name, stage, language, Part.SUBJECT),
                find(name, stage, language, Part.TEXT), find(name, stage, language, Part.HTML));
    }

    /** SinglePoint's own source of a part, or {@code null}: what the admin page shows to start from or reset to. */
    public String defaultSource(String name, String language, Part part) {
        return defaults.get(new Key(name, language, part));
    }

    private boolean has(String name, Stage stage, String language) {
        for (Part part : Part.values()) {
            for (String n : List.of(name, stage.id())) {
                Key key = new Key(n, language, part);
                if (overrides.containsKey(key) || defaults.containsKey(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    private String find(String name, Stage stage, String language, Part part) {
        for (String lang : language.equals(FALLBACK) ? List.of(FALLBACK) : List.of(language, FALLBACK)) {
            for (String n : List.of(name, stage.id())) {
                Key key = new Key(n, lang, part);
                String source = overrides.containsKey(key) ? overrides.get(key) : defaults.get(key);
                if (source != null) {
                    return source;
                }
            }
        }
        throw new IllegalStateException("the default templates lack " + part.fileName(stage.id(), FALLBACK));
    }

    private static Map<Key, String> loadDefaults() {
        Map<Key, String> sources = new HashMap<>();
        for (Stage stage : Stage.values()) {
            for (String language : LANGUAGES) {
                for (Part part : Part.values()) {
                    String file = "templates/" + part.fileName(stage.id(), language);
                    try (InputStream in = TemplateLibrary.class.getResourceAsStream(file)) {
                        if (in == null) {
                            throw new IllegalStateException("the default template " + file + " is missing");
                        }
                        sources.put(new Key(stage.id(), language, part),
                                new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the default template " + file, e);
                    }
                }
            }
        }
        return Collections.unmodifiableMap(sources);
    }

    /**
     * One template part in one language.
     *
     * @param name     the template's name, {@code [a-z0-9][a-z0-9-]*}
     * @param language an ISO 639 language code in lower case
     * @param part     subject, text or HTML
     */
    public record Key(String name, String language, Part part) {

        public Key {
            NotificationConfig.templateName(requireNonNull(name, "name"));
            if (language == null || !LANGUAGE.matcher(language).matches()) {
                throw new IllegalArgumentException("\"" + language + "\" is not a language code such as en or de");
            }
            requireNonNull(part, "part");
        }

        public String fileName() {
            return part.fileName(name, language);
        }
    }
}
