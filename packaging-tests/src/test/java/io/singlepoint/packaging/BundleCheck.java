package io.singlepoint.packaging;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks what an OSGi container and Jira's plugin system see of a jar before it runs: the manifest headers of a
 * transformerless plugin, the namespace of the Jira line, and that no stand-in or host class is packaged.
 */
final class BundleCheck {

    private BundleCheck() {
    }

    static List<String> check(PluginJar jar, Platform platform) {
        List<String> problems = new ArrayList<>();
        for (String header : List.of("Bundle-ManifestVersion", "Bundle-SymbolicName", "Bundle-Version",
                "Atlassian-Plugin-Key", "Spring-Context")) {
            if (jar.header(header) == null) {
                problems.add("manifest header " + header + " is missing");
            }
        }
        String version = System.getProperty("singlepoint.version").replace("-SNAPSHOT", "");
        if (jar.header("Bundle-Version") != null && !jar.header("Bundle-Version").startsWith(version)) {
            problems.add("Bundle-Version " + jar.header("Bundle-Version") + " is not " + version);
        }
        if (!OsgiHeader.names(jar.header("Export-Package")).isEmpty()) {
            problems.add("the plugin exports packages: " + jar.header("Export-Package"));
        }
        for (String pkg : jar.importedPackages()) {
            if (jar.line.isForeign(pkg)) {
                problems.add(jar.line + " has no " + pkg + ": the " + jar + " jar must import "
                        + pkg.replaceFirst("^" + jar.line.other, jar.line.own));
            }
        }
        for (String entry : jar.entries().keySet()) {
            if (entry.startsWith("com/atlassian/") || entry.startsWith("com/opensymphony/")
                    || entry.startsWith("org/springframework/") || entry.startsWith("net/java/ao/")) {
                problems.add(jar + " contains host class " + entry + "; Jira provides it, the jar must not");
            }
        }
        for (String standIn : platform.standInClassEntries()) {
            if (jar.has(standIn)) {
                problems.add(jar + " contains the stand-in " + standIn);
            }
        }
        return problems;
    }
}
