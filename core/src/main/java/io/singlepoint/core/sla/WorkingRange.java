package io.singlepoint.core.sla;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local working range of one day, {@code [start, end)}, in seconds of the day; {@code end} may be 86,400
 * ({@code 24:00}, the end of the day). Written {@code HH:mm-HH:mm}.
 *
 * @param startSecond second of the day the range begins, 0 to 86,399
 * @param endSecond   second of the day the range ends, after {@code startSecond}, at most 86,400
 */
public record WorkingRange(int startSecond, int endSecond) implements Comparable<WorkingRange> {

    static final int DAY = 86_400;
    private static final Pattern FORMAT = Pattern.compile("(\\d{2}):(\\d{2})-(\\d{2}):(\\d{2})");

    public WorkingRange {
        if (startSecond < 0 || startSecond >= DAY) {
            throw new IllegalArgumentException("a working range starts between 00:00 and 23:59, not at second "
                    + startSecond);
        }
        if (endSecond <= startSecond || endSecond > DAY) {
            throw new IllegalArgumentException("a working range ends after it starts and at 24:00 at the latest: "
                    + format(startSecond) + "-" + format(endSecond));
        }
    }

    /**
     * Reads {@code HH:mm-HH:mm}, e.g. {@code 09:00-12:30} or {@code 22:00-24:00}.
     *
     * @throws IllegalArgumentException if the text is not of that form, a time does not exist, or the range is
     *                                  empty or backwards
     */
    public static WorkingRange parse(String text) {
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a working range HH:mm-HH:mm");
        }
        int start = seconds(text, m.group(1), m.group(2), false);
        int end = seconds(text, m.group(3), m.group(4), true);
        if (end <= start) {
            throw new IllegalArgumentException("\"" + text + "\" ends before it starts");
        }
        return new WorkingRange(start, end);
    }

    private static int seconds(String text, String hours, String minutes, boolean end) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        boolean endOfDay = end && h == 24 && m == 0;
        if (!endOfDay && (h > 23 || m > 59)) {
            throw new IllegalArgumentException("\"" + text + "\" has no time " + hours + ":" + minutes
                    + (end ? " (24:00 is the end of the day)" : ""));
        }
        return h * 3600 + m * 60;
    }

    /** Whether the two ranges share any second. */
    public boolean overlaps(WorkingRange other) {
        return startSecond < other.endSecond && other.startSecond < endSecond;
    }

    @Override
    public int compareTo(WorkingRange other) {
        return Integer.compare(startSecond, other.startSecond);
    }

    @Override
    public String toString() {
        return format(startSecond) + "-" + format(endSecond);
    }

    private static String format(int second) {
        return String.format("%02d:%02d", second / 3600, second / 60 % 60);
    }
}
