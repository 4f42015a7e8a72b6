package io.singlepoint.core.mail;

import static java.util.Objects.requireNonNull;

/**
 * A message that {@link MailLimits#strict() strict} reading refuses: the first {@link MailDefect} found. Lenient
 * reading never throws it. The only exception reading and analysis let escape besides the stream's own
 * {@link java.io.IOException}.
 */
public final class MailFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient MailDefect defect;

    public MailFormatException(MailDefect defect) {
        super(requireNonNull(defect, "defect").toString());
        this.defect = defect;
    }

    public MailDefect defect() {
        return defect;
    }
}
