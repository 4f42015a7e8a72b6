package io.singlepoint.packaging;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.log.NullLogChute;
import org.w3c.dom.NodeList;

/**
 * Parses and renders every Velocity template in the jar with a real Velocity 1.7 engine (Jira's is a 1.6 fork), and
 * checks that every method a template calls on one of the app's own view types is on the descriptor's
 * velocity-allowlist, which Jira 10.5 and later enforce.
 */
final class TemplateCheck {

    private static final Pattern DECLARATION =
            Pattern.compile("#\\*\\s*@vtlvariable\\s+name=\"(\\w+)\"\\s+type=\"([\\w.$]+)\"\\s*\\*#");

    private TemplateCheck() {
    }

    static List<String> check(PluginJar jar) {
        List<String> problems = new ArrayList<>();
        Set<String> allowlist = allowlist(jar);
        VelocityEngine engine = engine();
        for (String template : jar.entriesUnder("templates/", ".vm")) {
            String text = jar.text(template);
            problems.addAll(render(engine, template, text));
            Matcher declaration = DECLARATION.matcher(text);
            while (declaration.find()) {
                String variable = declaration.group(1);
                String type = declaration.group(2);
                if (!type.startsWith("io.singlepoint.")) {
                    continue;
                }
                for (String method : calledMethods(text, variable)) {
                    if (allowlist.stream().noneMatch(entry -> entry.startsWith(type + "#" + method + "("))) {
                        problems.add(template + " calls $" + variable + "." + method + "() but " + type + "#"
                                + method + "(...) is not on the velocity-allowlist");
                    }
                }
            }
        }
        return problems;
    }

    private static List<String> render(VelocityEngine engine, String name, String text) {
        VelocityContext context = new VelocityContext();
        context.put("i18n", new KeyEcho());
        try {
            engine.evaluate(context, new StringWriter(), name, text);
            return List.of();
        } catch (VelocityException e) {
            return List.of(name + " does not render: " + e.getMessage());
        }
    }

    /** Method names called on {@code $variable}, in call ({@code $v.m(}) and property ({@code $v.name}) form. */
    static Set<String> calledMethods(String text, String variable) {
        Set<String> methods = new TreeSet<>();
        Matcher call = Pattern.compile("\\$!?\\{?" + variable + "\\.(\\w+)(\\(?)").matcher(text);
        while (call.find()) {
            String name = call.group(1);
            methods.add(call.group(2).isEmpty()
                    ? "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1)
                    : name);
        }
        return methods;
    }

    private static Set<String> allowlist(PluginJar jar) {
        Set<String> entries = new TreeSet<>();
        NodeList methods = jar.descriptor().getElementsByTagName("method");
        for (int i = 0; i < methods.getLength(); i++) {
            entries.add(methods.item(i).getTextContent().trim());
        }
        return entries;
    }

    static VelocityEngine engine() {
        VelocityEngine engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, NullLogChute.class.getName());
        engine.init();
        return engine;
    }

    /** Stands in for Jira's {@code $i18n}: answers the key and its arguments, so that rendering never stops. */
    public static final class KeyEcho {
        public String getText(String key) {
            return key;
        }

        public String getText(String key, Object... arguments) {
            return key + Arrays.toString(arguments);
        }
    }
}
