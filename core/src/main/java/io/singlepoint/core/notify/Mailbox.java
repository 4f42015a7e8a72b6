package io.singlepoint.core.notify;

import static java.util.Objects.requireNonNull;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An address with the name people see, {@code Service Desk <help@example.com>}.
 *
 * <p>The name is plain text of at most {@value #MAX_NAME} characters, on one line, without {@code @}, {@code <} or
 * {@code >}: a name cannot pose as another address ({@code "ceo@example.com" <help@example.com>}) nor carry a second
 * one. How it is written into a header (quoted, or RFC 2047-encoded when not ASCII) is {@link MailHeaders}'s job.
 *
 * @param name    the display name, {@code null} for none
 * @param address the address
 */
public record Mailbox(String name, EmailAddress address) {

    public static final int MAX_NAME = 100;

    private static final Pattern NAME_ADDR = Pattern.compile("\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^\"<>]*?))\\s*<([^<>]*)>\\s*");

    public Mailbox {
        requireNonNull(address, "address");
        if (name != null) {
            if (name.length() > MAX_NAME || HeaderValue.hasControl(name)
                    || name.indexOf('@') >= 0 || name.indexOf('<') >= 0 || name.indexOf('>') >= 0) {
                throw new IllegalArgumentException("\"" + EmailAddress.shown(name) + "\" is not a display name: at"
                        + " most " + MAX_NAME + " characters on one line, without @, < or >");
            }
            name = name.strip().isEmpty() ? null : name.strip();
        }
    }

    public static Mailbox of(String name, String address) {
        return new Mailbox(name, EmailAddress.of(address));
    }

    /**
     * A mailbox for a person whose name comes from a user directory: the name made fit (controls and line breaks as
     * spaces, cut to {@value #MAX_NAME} characters), or left out if it still looks like an address.
     */
    public static Mailbox lenient(String name, EmailAddress address) {
        if (name == null) {
            return new Mailbox(null, address);
        }
        String fit = HeaderValue.oneLine(name, MAX_NAME);
        boolean tricky = fit.indexOf('@') >= 0 || fit.indexOf('<') >= 0 || fit.indexOf('>') >= 0;
        return new Mailbox(tricky ? null : fit, address);
    }

    /**
     * A mailbox as people write one: {@code help@example.com}, {@code Service Desk <help@example.com>} or
     * {@code "Service Desk, IT" <help@example.com>}.
     *
     * @throws IllegalArgumentException if the text is not exactly one such mailbox
     */
    public static Mailbox parse(String text) {
        requireNonNull(text, "text");
        if (text.indexOf('<') < 0) {
            return new Mailbox(null, EmailAddress.of(text));
        }
        Matcher m = NAME_ADDR.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + EmailAddress.shown(text) + "\" is not one mailbox such as"
                    + " Service Desk <help@example.com>");
        }
        String name = m.group(1) != null ? m.group(1).replaceAll("\\\\(.)", "$1") : m.group(2);
        return new Mailbox(name, EmailAddress.of(m.group(3)));
    }

    @Override
    public String toString() {
        return name == null ? address.value() : name + " <" + address.value() + ">";
    }
}
