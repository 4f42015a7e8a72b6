package io.singlepoint.packaging;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/** A built plugin jar, read whole into memory: entries, manifest and descriptor. */
final class PluginJar {

    static final String DESCRIPTOR = "atlassian-plugin.xml";

    final Path path;
    final JiraLine line;
    private final Map<String, byte[]> entries;
    private final Manifest manifest;

    private PluginJar(Path path, JiraLine line, Map<String, byte[]> entries, Manifest manifest) {
        this.path = path;
        this.line = line;
        this.entries = entries;
        this.manifest = manifest;
    }

    static PluginJar of(JiraLine line) {
        return read(line.jar(), line);
    }

    static PluginJar read(Path path, JiraLine line) {
        Map<String, byte[]> entries = new TreeMap<>();
        try (JarInputStream in = new JarInputStream(java.nio.file.Files.newInputStream(path))) {
            for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
            Manifest manifest = in.getManifest();
            if (manifest == null) {
                throw new IllegalStateException(path + " has no manifest");
            }
            return new PluginJar(path, line, Collections.unmodifiableMap(entries), manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    Map<String, byte[]> entries() {
        return entries;
    }

    boolean has(String entry) {
        return entries.containsKey(entry);
    }

    byte[] bytes(String entry) {
        byte[] bytes = entries.get(entry);
        if (bytes == null) {
            throw new IllegalArgumentException(path.getFileName() + " has no entry " + entry);
        }
        return bytes;
    }

    String text(String entry) {
        return new String(bytes(entry), StandardCharsets.UTF_8);
    }

    List<String> entriesUnder(String prefix, String suffix) {
        List<String> names = new ArrayList<>();
        for (String name : entries.keySet()) {
            if (name.startsWith(prefix) && name.endsWith(suffix)) {
                names.add(name);
            }
        }
        return names;
    }

    boolean hasClass(String binaryName) {
        return has(binaryName.replace('.', '/') + ".class");
    }

    /** A copy of the manifest, free to change. */
    Manifest manifest() {
        return new Manifest(manifest);
    }

    String header(String name) {
        return manifest.getMainAttributes().getValue(new Attributes.Name(name));
    }

    Document descriptor() {
        return parseXml(bytes(DESCRIPTOR), path + "!/" + DESCRIPTOR);
    }

    List<String> importedPackages() {
        return OsgiHeader.names(header("Import-Package"));
    }

    static Document parseXml(byte[] xml, String where) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            try (InputStream in = new ByteArrayInputStream(xml)) {
                return builder.parse(in, where);
            }
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(where + " is not well-formed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return path.getFileName().toString();
    }
}
