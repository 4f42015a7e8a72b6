package io.singlepoint.packaging;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * What a Jira line gives a plugin, as far as the app uses it: the stand-ins of that line and the standard APIs
 * (servlet, inject, ...) of that line, copied to {@code target/platform/jira<N>} by the build.
 */
final class Platform {

    final JiraLine line;
    private final List<Path> jars;
    /** package name → exported version ("" when the jar declares none) */
    private final Map<String, String> packages;

    private Platform(JiraLine line, List<Path> jars, Map<String, String> packages) {
        this.line = line;
        this.jars = jars;
        this.packages = packages;
    }

    static Platform of(JiraLine line) {
        try (Stream<Path> files = Files.list(line.platformDir())) {
            List<Path> jars = files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
            if (jars.isEmpty()) {
                throw new IllegalStateException("no platform jars in " + line.platformDir());
            }
            Map<String, String> packages = new TreeMap<>();
            for (Path jar : jars) {
                packagesOf(jar, packages);
            }
            return new Platform(line, jars, packages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Path> jars() {
        return jars;
    }

    boolean exports(String pkg) {
        return packages.containsKey(pkg);
    }

    boolean hasClass(String binaryName) {
        String entry = binaryName.replace('.', '/') + ".class";
        for (Path jar : jars) {
            try (JarFile file = new JarFile(jar.toFile())) {
                if (file.getEntry(entry) != null) {
                    return true;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return false;
    }

    /** The classes of the stand-in jar of this line, as jar entry names. */
    List<String> standInClassEntries() {
        List<String> entries = new ArrayList<>();
        for (Path jar : jars) {
            if (jar.getFileName().toString().startsWith("jira-stubs")) {
                try (JarFile file = new JarFile(jar.toFile())) {
                    file.stream().map(JarEntry::getName).filter(n -> n.endsWith(".class")).forEach(entries::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return entries;
    }

    /** A class loader that sees the plugin jar and this platform, and the JDK, nothing of the test's class path. */
    URLClassLoader loaderWith(Path pluginJar) {
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(pluginJar.toUri().toURL());
            for (Path jar : jars) {
                urls.add(jar.toUri().toURL());
            }
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    /**
     * Writes one OSGi bundle that embeds the platform jars and exports every package in them, at the version each
     * jar's own manifest gives it: the stand-in for Jira's system bundle and exported host components.
     */
    Path exporterBundle(Path directory) {
        Path bundle = directory.resolve("jira" + line.number + "-platform.jar");
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "jira" + line.number + ".platform");
        main.putValue("Bundle-Version", line.number + ".0.0");
        List<String> classPath = new ArrayList<>(List.of("."));
        jars.forEach(jar -> classPath.add("lib/" + jar.getFileName()));
        main.putValue("Bundle-ClassPath", String.join(",", classPath));
        List<String> exports = new ArrayList<>();
        packages.forEach((pkg, version) -> exports.add(version.isEmpty() ? pkg : pkg + ";version=\"" + version + "\""));
        main.putValue("Export-Package", String.join(",", exports));
        try (OutputStream file = Files.newOutputStream(bundle);
             JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (Path jar : jars) {
                out.putNextEntry(new JarEntry("lib/" + jar.getFileName()));
                Files.copy(jar, out);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bundle;
    }

    private static void packagesOf(Path jar, Map<String, String> packages) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Map<String, String> declared = new TreeMap<>();
            Optional.ofNullable(file.getManifest())
                    .map(m -> m.getMainAttributes().getValue("Export-Package"))
                    .ifPresent(header -> OsgiHeader.parse(header).forEach(clause -> clause.names().forEach(
                            name -> declared.put(name, clause.attributes().getOrDefault("version", "")))));
            file.stream()
                    .map(JarEntry::getName)
                    .filter(n -> n.endsWith(".class") && n.contains("/") && !n.startsWith("META-INF/"))
                    .map(n -> n.substring(0, n.lastIndexOf('/')).replace('/', '.'))
                    .forEach(pkg -> packages.put(pkg, declared.getOrDefault(pkg, "")));
        }
    }
}
