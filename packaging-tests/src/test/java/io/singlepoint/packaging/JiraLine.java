package io.singlepoint.packaging;

import java.nio.file.Path;
import java.util.List;

/** The two Jira lines the app ships a jar for, and what tells them apart. */
enum JiraLine {

    JIRA_11("11", "jakarta", "javax"),
    JIRA_10("10", "javax", "jakarta");

    /**
     * The Jakarta EE packages that Platform 8 moved from {@code javax} to {@code jakarta}, with their subpackages
     * (DESIGN.md, reference/jira-11-platform-8.md §2). {@code annotation} is listed by its packages so that the JDK's
     * {@code javax.annotation.processing} stays out of it.
     */
    static final List<String> MOVED = List.of("inject", "servlet", "ws.rs", "xml.bind", "validation", "mail",
            "activation", "annotation", "annotation.security", "annotation.sql");
    private static final List<String> MOVED_WITHOUT_SUBPACKAGES = List.of("annotation");

    final String number;
    /** The namespace this line's jar must use for the moved packages. */
    final String own;
    /** The namespace this line's jar must never import. */
    final String other;

    JiraLine(String number, String own, String other) {
        this.number = number;
        this.own = own;
        this.other = other;
    }

    Path jar() {
        return Path.of(System.getProperty("singlepoint.plugin.target"))
                .resolve("singlepoint-jira-" + System.getProperty("singlepoint.version") + "-jira" + number + ".jar");
    }

    Path platformDir() {
        return Path.of(System.getProperty("singlepoint.platform")).resolve("jira" + number);
    }

    /** Whether {@code pkg} is one of the moved packages in the namespace this line does not have. */
    boolean isForeign(String pkg) {
        return isMoved(pkg, other);
    }

    static boolean isMoved(String pkg, String namespace) {
        for (String moved : MOVED) {
            String name = namespace + "." + moved;
            if (pkg.equals(name)) {
                return true;
            }
            if (!MOVED_WITHOUT_SUBPACKAGES.contains(moved) && pkg.startsWith(name + ".")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "Jira " + number;
    }
}
