package io.singlepoint.core.mail;

import java.util.ArrayList;
import java.util.List;

/** The defects of one reading, and the strict mode's refusal of the first one. At most 100 are kept. */
final class Defects {

    private static final int MAX = 100;

    private final boolean strict;
    private final List<MailDefect> found = new ArrayList<>();

    Defects(boolean strict) {
        this.strict = strict;
    }

    /** Records a defect; in the strict mode refuses the message. */
    void add(String code, String part, String detail) {
        MailDefect defect = new MailDefect(code, part, detail.length() > 200 ? detail.substring(0, 200) : detail);
        if (strict) {
            throw new MailFormatException(defect);
        }
        if (found.size() < MAX) {
            found.add(defect);
        }
    }

    List<MailDefect> list() {
        return List.copyOf(found);
    }
}
