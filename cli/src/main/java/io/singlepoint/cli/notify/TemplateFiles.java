package io.singlepoint.cli.notify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.singlepoint.cli.BadInputException;
import io.singlepoint.core.notify.TemplateLibrary;
import io.singlepoint.core.notify.TemplateSet.Part;

/** {@code --templates DIR}: files {@code <name>.<language>.<part>.vm} that replace the default templates. */
final class TemplateFiles {

    private static final Pattern FILE = Pattern.compile("([a-z0-9][a-z0-9-]{0,39})\\.([a-z]{2,3})\\.(subject|txt|html)\\.vm");

    private TemplateFiles() {
    }

    static Map<TemplateLibrary.Key, String> read(Path dir, String name) throws IOException {
        Map<TemplateLibrary.Key, String> sources = new LinkedHashMap<>();
        for (Path file : files(dir, name)) {
            Matcher m = FILE.matcher(file.getFileName().toString());
            if (!m.matches()) {
                continue;
            }
            if (Files.size(file) > TemplateLibrary.MAX_SOURCE) {
                throw new BadInputException(file + ": longer than " + TemplateLibrary.MAX_SOURCE + " bytes; not a"
                        + " mail template");
            }
            Part part = switch (m.group(3)) {
                case "subject" -> Part.SUBJECT;
                case "txt" -> Part.TEXT;
                default -> Part.HTML;
            };
            sources.put(new TemplateLibrary.Key(m.group(1), m.group(2), part),
                    Files.readString(file, StandardCharsets.UTF_8));
        }
        if (sources.isEmpty()) {
            throw new BadInputException(name + ": no template files such as change-approved.de.html.vm");
        }
        return sources;
    }

    static List<String> languages(Path dir) {
        List<String> languages = new ArrayList<>();
        try {
            for (Path file : files(dir, dir.toString())) {
                Matcher m = FILE.matcher(file.getFileName().toString());
                if (m.matches()) {
                    languages.add(m.group(2));
                }
            }
        } catch (IOException e) {
            throw new BadInputException(dir + ": cannot read: " + e.getMessage());
        }
        return languages;
    }

    private static List<Path> files(Path dir, String name) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(name + ": not a directory of templates");
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
