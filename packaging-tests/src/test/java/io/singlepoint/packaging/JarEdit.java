package io.singlepoint.packaging;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Writes a changed copy of a plugin jar, to show that each check catches the fault it is for. */
final class JarEdit {

    private final PluginJar original;
    private final Map<String, byte[]> entries;
    private final Manifest manifest;

    private JarEdit(PluginJar original) {
        this.original = original;
        this.entries = new LinkedHashMap<>(original.entries());
        this.manifest = original.manifest();
    }

    static JarEdit of(PluginJar jar) {
        return new JarEdit(jar);
    }

    JarEdit text(String entry, UnaryOperator<String> change) {
        String before = original.text(entry);
        String after = change.apply(before);
        if (after.equals(before)) {
            throw new IllegalArgumentException("the edit changed nothing in " + entry);
        }
        entries.put(entry, after.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    JarEdit add(String entry, byte[] bytes) {
        entries.put(entry, bytes);
        return this;
    }

    JarEdit manifest(Consumer<Manifest> change) {
        change.accept(manifest);
        return this;
    }

    PluginJar writeTo(Path directory) {
        Path copy = directory.resolve(original.path.getFileName());
        try (OutputStream file = Files.newOutputStream(copy); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return PluginJar.read(copy, original.line);
    }
}
