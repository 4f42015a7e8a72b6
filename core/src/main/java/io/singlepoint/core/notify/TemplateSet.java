package io.singlepoint.core.notify;

import static java.util.Objects.requireNonNull;

/**
 * The three sources of one notification in one language: subject, text body and HTML body, each a Velocity template
 * that sees one {@link MailView} as {@code $view}.
 *
 * @param name    the template's name ({@code change-approved})
 * @param language the language the sources are written in ({@code en}, {@code de})
 * @param subject the subject's source, rendered as text then made one line
 * @param text    the text body's source
 * @param html    the HTML body's source
 */
public record TemplateSet(String name, String language, String subject, String text, String html) {

    public TemplateSet {
        requireNonNull(name, "name");
        requireNonNull(language, "language");
        requireNonNull(subject, "subject");
        requireNonNull(text, "text");
        requireNonNull(html, "html");
    }

    /** The source of {@code part}. */
    public String source(Part part) {
        return switch (part) {
            case SUBJECT -> subject;
            case TEXT -> text;
            case HTML -> html;
        };
    }

    /** The parts of a notification, each a template file {@code <name>.<language>.<suffix>.vm}. */
    public enum Part {
        SUBJECT("subject"), TEXT("txt"), HTML("html");

        private final String suffix;

        Part(String suffix) {
            this.suffix = suffix;
        }

        /** {@code subject}, {@code txt}, {@code html}: as in file names. */
        public String suffix() {
            return suffix;
        }

        /** The file name of this part of a template: {@code change-approved.de.html.vm}. */
        public String fileName(String name, String language) {
            return name + "." + language + "." + suffix + ".vm";
        }
    }
}
