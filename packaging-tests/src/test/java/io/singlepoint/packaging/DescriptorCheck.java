package io.singlepoint.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks that everything {@code atlassian-plugin.xml} names is in the jar, or in Jira and imported, with the type
 * its module kind requires; that the allowlist names real methods; that the Spring Scanner index names real classes.
 *
 * <p>A module kind this class has no rule for is reported, so that a new kind of module gets a rule here before
 * it ships.
 */
final class DescriptorCheck {

    /** Module element → the type its {@code class} attribute must have; a function of the Jira line's namespace. */
    private static final Map<String, Function<JiraLine, String>> MODULE_CLASS = Map.ofEntries(
            Map.entry("servlet", line -> line.own + ".servlet.Servlet"),
            Map.entry("servlet-filter", line -> line.own + ".servlet.Filter"),
            Map.entry("workflow-function", line -> "com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory"),
            Map.entry("workflow-condition", line -> "com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory"),
            Map.entry("workflow-validator", line -> "com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory"),
            Map.entry("customfield-type", line -> "com.atlassian.jira.issue.customfields.CustomFieldType"),
            Map.entry("customfield-searcher", line -> "com.atlassian.jira.issue.customfields.CustomFieldSearcher"),
            Map.entry("jql-function", line -> "com.atlassian.jira.plugin.jql.function.JqlFunction"),
            Map.entry("message-handler", line -> "com.atlassian.jira.service.util.handler.MessageHandler"),
            Map.entry("web-panel", line -> "com.atlassian.plugin.web.api.model.WebPanel"));

    /** Nested elements naming a class, by element name → required type. Attribute "class" or the element's text. */
    private static final Map<String, String> NESTED_CLASS = Map.of(
            "function-class", "com.opensymphony.workflow.FunctionProvider",
            "condition-class", "com.opensymphony.workflow.Condition",
            "validator-class", "com.opensymphony.workflow.Validator",
            "context-provider", "com.atlassian.plugin.web.ContextProvider",
            "condition", "com.atlassian.plugin.web.Condition",
            "entity", "net.java.ao.RawEntity",
            "upgradeTask", "com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask",
            "action", "com.atlassian.jira.web.action.JiraWebActionSupport");

    /** Module kinds that name no class of their own. */
    private static final Set<String> CLASSLESS = Set.of("plugin-info", "resource", "web-resource", "web-section",
            "web-item", "velocity-allowlist", "rest", "rest-migration", "ao", "webwork1", "web-panel");

    private final PluginJar jar;
    private final Platform platform;
    private final List<String> problems = new ArrayList<>();

    private DescriptorCheck(PluginJar jar, Platform platform) {
        this.jar = jar;
        this.platform = platform;
    }

    static List<String> check(PluginJar jar, Platform platform) {
        DescriptorCheck check = new DescriptorCheck(jar, platform);
        try (URLClassLoader loader = platform.loaderWith(jar.path)) {
            check.run(loader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return check.problems;
    }

    private void run(URLClassLoader loader) {
        Element root = jar.descriptor().getDocumentElement();
        checkIdentity(root);
        for (Element module : children(root)) {
            String kind = module.getTagName();
            String className = module.getAttribute("class");
            if (kind.equals("component") || kind.equals("component-import")) {
                problems.add(where(module) + ": <" + kind + "> is ignored in a transformerless plugin;"
                        + " declare it with Spring Scanner annotations");
            } else if (!className.isEmpty() && !(kind.equals("webwork1") && className.equals("java.lang.Object"))) {
                Function<JiraLine, String> rule = MODULE_CLASS.get(kind);
                if (rule == null) {
                    problems.add(where(module) + ": no rule for the class of a <" + kind + "> module;"
                            + " add one to DescriptorCheck");
                } else {
                    checkClass(loader, where(module), className, rule.apply(jar.line));
                }
            } else if (className.isEmpty() && !CLASSLESS.contains(kind)) {
                problems.add(where(module) + ": unknown module kind <" + kind + ">; add it to DescriptorCheck");
            }
            checkNested(loader, module);
            checkTemplates(module);
            if (kind.equals("rest")) {
                checkRestPackages(loader, module);
            }
        }
        checkAllowlist(loader, root);
        checkScannerIndex();
    }

    private void checkIdentity(Element root) {
        String key = root.getAttribute("key");
        String expected = System.getProperty("singlepoint.plugin.key");
        if (!key.equals(expected)) {
            problems.add("plugin key is \"" + key + "\", expected \"" + expected + "\"");
        }
        for (String header : List.of("Atlassian-Plugin-Key", "Bundle-SymbolicName")) {
            if (!key.equals(jar.header(header))) {
                problems.add("manifest " + header + " is \"" + jar.header(header) + "\", the descriptor's key \"" + key + "\"");
            }
        }
    }

    private void checkNested(URLClassLoader loader, Element module) {
        NodeList all = module.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element nested = (Element) all.item(i);
            String required = NESTED_CLASS.get(nested.getTagName());
            if (required == null) {
                continue;
            }
            String className = nested.getTagName().equals("action") ? nested.getAttribute("name")
                    : nested.hasAttribute("class") ? nested.getAttribute("class") : nested.getTextContent().trim();
            checkClass(loader, where(module) + "/" + nested.getTagName(), className, required);
        }
    }

    private void checkClass(ClassLoader loader, String where, String className, String requiredType) {
        boolean inJar = jar.hasClass(className);
        if (!inJar && !platform.hasClass(className)) {
            problems.add(where + ": class " + className + " is neither in " + jar + " nor in Jira's API");
            return;
        }
        if (!inJar) {
            String pkg = className.substring(0, className.lastIndexOf('.'));
            if (!jar.importedPackages().contains(pkg)) {
                problems.add(where + ": Jira's class " + className + " is named, but " + jar
                        + " does not import package " + pkg + " (add it to Import-Package in osgi.bnd)");
            }
        }
        Class<?> required;
        Class<?> actual;
        try {
            required = Class.forName(requiredType, false, loader);
        } catch (ClassNotFoundException e) {
            problems.add(where + ": " + requiredType + " (required of this module) is not among the stand-ins of "
                    + jar.line + "; add it to jira-stubs");
            return;
        }
        try {
            actual = Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            problems.add(where + ": class " + className + " does not load: " + e);
            return;
        }
        if (!required.isAssignableFrom(actual)) {
            problems.add(where + ": class " + className + " is not a " + requiredType);
        }
    }

    /**
     * A {@code <rest>} module's {@code <package>} limits where Jira looks for resources: each must hold at least one
     * class annotated with the line's JAX-RS {@code @Path}, or the API silently serves nothing.
     */
    private void checkRestPackages(ClassLoader loader, Element module) {
        String pathType = jar.line.own + ".ws.rs.Path";
        Class<? extends java.lang.annotation.Annotation> path;
        try {
            path = Class.forName(pathType, false, loader).asSubclass(java.lang.annotation.Annotation.class);
        } catch (ClassNotFoundException e) {
            problems.add(where(module) + ": " + pathType + " is not among the APIs of " + jar.line
                    + "; add the JAX-RS API to the platform lists in packaging-tests/pom.xml");
            return;
        }
        NodeList packages = module.getElementsByTagName("package");
        for (int i = 0; i < packages.getLength(); i++) {
            String pkg = packages.item(i).getTextContent().trim();
            long resources = jar.entriesUnder(pkg.replace('.', '/') + "/", ".class").stream()
                    .map(entry -> entry.substring(0, entry.length() - ".class".length()).replace('/', '.'))
                    .filter(name -> annotated(loader, name, path))
                    .count();
            if (resources == 0) {
                problems.add(where(module) + ": package " + pkg + " has no class annotated @" + pathType);
            }
        }
    }

    private static boolean annotated(ClassLoader loader, String className,
                                     Class<? extends java.lang.annotation.Annotation> annotation) {
        try {
            return Class.forName(className, false, loader).isAnnotationPresent(annotation);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private void checkTemplates(Element module) {
        NodeList resources = module.getElementsByTagName("resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            String location = resource.getAttribute("location").replaceFirst("^/", "");
            boolean directory = location.endsWith("/");
            boolean present = directory ? !jar.entriesUnder(location, "").isEmpty() : jar.has(location);
            if (resource.getAttribute("type").matches("velocity|download") && !present) {
                problems.add(where(module) + ": resource " + location + " is not in " + jar);
            }
        }
    }

    private void checkAllowlist(ClassLoader loader, Element root) {
        NodeList methods = root.getElementsByTagName("method");
        for (int i = 0; i < methods.getLength(); i++) {
            String entry = methods.item(i).getTextContent().trim();
            if (!entry.matches("[\\w.$]+#\\w+\\([\\w.$,\\[\\]]*\\)")) {
                problems.add("velocity-allowlist: \"" + entry + "\" is not Class#method(ParamType,...)");
                continue;
            }
            String className = entry.substring(0, entry.indexOf('#'));
            String name = entry.substring(entry.indexOf('#') + 1, entry.indexOf('('));
            String params = entry.substring(entry.indexOf('(') + 1, entry.length() - 1);
            try {
                Class<?> type = Class.forName(className, false, loader);
                boolean found = Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals(name)
                        && Modifier.isPublic(m.getModifiers()) && parameterList(m).equals(params));
                if (!found) {
                    problems.add("velocity-allowlist: " + className + " has no public method " + name + "(" + params + ")");
                }
            } catch (ClassNotFoundException | LinkageError e) {
                problems.add("velocity-allowlist: class " + className + " does not load: " + e);
            }
        }
    }

    private static String parameterList(Method method) {
        return String.join(",", Arrays.stream(method.getParameterTypes()).map(Class::getTypeName).toList());
    }

    private void checkScannerIndex() {
        String dir = "META-INF/plugin-components/";
        if (!jar.has("META-INF/spring/plugin-context.xml")) {
            problems.add("META-INF/spring/plugin-context.xml is missing: Spring Scanner would not start");
        }
        if (jar.has(dir + "component")) {
            for (String line : jar.text(dir + "component").lines().toList()) {
                String className = line.split("#")[0];
                if (!jar.hasClass(className)) {
                    problems.add(dir + "component names " + className + ", which is not in " + jar);
                }
            }
        }
        if (jar.has(dir + "imports")) {
            for (String line : jar.text(dir + "imports").lines().toList()) {
                String type = line.split("#")[0];
                String pkg = type.substring(0, type.lastIndexOf('.'));
                if (!platform.hasClass(type)) {
                    problems.add(dir + "imports names " + type + ", which Jira's API does not have");
                } else if (!jar.importedPackages().contains(pkg)) {
                    problems.add(dir + "imports names " + type + ", but package " + pkg + " is not imported");
                }
            }
        }
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                elements.add(e);
            }
        }
        return elements;
    }

    private static String where(Element module) {
        String key = module.getAttribute("key");
        return "<" + module.getTagName() + (key.isEmpty() ? "" : " key=\"" + key + "\"") + ">";
    }
}
