package io.singlepoint.packaging;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks the i18n texts: every key the descriptor, a template or a class uses exists in the default bundle; every
 * translation has exactly the default's keys; every value is a valid {@link MessageFormat} pattern with its
 * apostrophes doubled (Jira formats every text, so a lone {@code '} silently swallows what follows).
 */
final class I18nCheck {

    /** A key of ours: {@code singlepoint.<capability>.<place>.<what>}. */
    static final Pattern KEY = Pattern.compile("singlepoint(\\.[a-z0-9][a-z0-9-]*)+");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("getText\\(\\s*[\"'](" + KEY.pattern() + ")[\"']");

    private I18nCheck() {
    }

    static List<String> check(PluginJar jar) {
        List<String> problems = new ArrayList<>();
        String base = bundleBase(jar);
        String defaults = base + ".properties";
        if (!jar.has(defaults)) {
            problems.add("the i18n bundle " + defaults + " named by the descriptor is missing");
            return problems;
        }
        Properties texts = load(jar, defaults);
        for (String key : usedKeys(jar)) {
            if (!texts.containsKey(key)) {
                problems.add("i18n key " + key + " is used but not defined in " + defaults);
            }
        }
        for (String translation : jar.entriesUnder(base + "_", ".properties")) {
            Properties translated = load(jar, translation);
            for (String key : difference(texts.stringPropertyNames(), translated.stringPropertyNames())) {
                problems.add(translation + " lacks " + key);
            }
            for (String key : difference(translated.stringPropertyNames(), texts.stringPropertyNames())) {
                problems.add(translation + " has " + key + ", which " + defaults + " does not");
            }
            problems.addAll(formatProblems(translation, translated));
        }
        problems.addAll(formatProblems(defaults, texts));
        return problems;
    }

    /** Every key the plugin uses: descriptor attributes, template getText calls, class file string constants. */
    static Set<String> usedKeys(PluginJar jar) {
        Set<String> keys = new TreeSet<>();
        NodeList all = jar.descriptor().getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("i18n-name-key")) {
                keys.add(element.getAttribute("i18n-name-key"));
            }
            if (element.hasAttribute("key") && Set.of("label", "description", "tooltip").contains(element.getTagName())) {
                keys.add(element.getAttribute("key"));
            }
        }
        for (String template : jar.entriesUnder("templates/", ".vm")) {
            Matcher matcher = TEMPLATE_KEY.matcher(jar.text(template));
            while (matcher.find()) {
                keys.add(matcher.group(1));
            }
        }
        for (String classFile : jar.entriesUnder("io/singlepoint/", ".class")) {
            ClassFileStrings.of(jar.bytes(classFile)).stream()
                    .filter(s -> KEY.matcher(s).matches())
                    .forEach(keys::add);
        }
        return keys;
    }

    private static String bundleBase(PluginJar jar) {
        NodeList resources = jar.descriptor().getElementsByTagName("resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            if (resource.getAttribute("type").equals("i18n")) {
                return resource.getAttribute("location").replace('.', '/');
            }
        }
        throw new IllegalStateException(jar + ": the descriptor declares no i18n resource");
    }

    private static List<String> formatProblems(String file, Properties texts) {
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(texts.stringPropertyNames())) {
            String value = texts.getProperty(key);
            if (value.replace("''", "").indexOf('\'') >= 0) {
                problems.add(file + ": " + key + " has a lone apostrophe; write '' for one");
                continue;
            }
            try {
                new MessageFormat(value);
            } catch (IllegalArgumentException e) {
                problems.add(file + ": " + key + " is not a MessageFormat pattern: " + e.getMessage());
            }
        }
        return problems;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Properties load(PluginJar jar, String entry) {
        Properties properties = new Properties();
        try {
            // Properties.load(InputStream) reads ISO-8859-1 with \\u escapes, as Jira's bundles are written.
            properties.load(new ByteArrayInputStream(jar.bytes(entry)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
