package io.singlepoint.cli.sla;

/**
 * Durations for people: the two largest units that are not zero, {@code 3d 4h}, {@code 2h 15m}, {@code 45m},
 * {@code 12s}, {@code 0}. A day is 24 hours, as in SLA targets ({@code P3D} is 72 working hours). Rounded down.
 */
final class Durations {

    private static final long SECOND = 1000;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final long[] UNITS = {DAY, HOUR, MINUTE, SECOND};
    private static final String[] NAMES = {"d", "h", "m", "s"};

    private Durations() {
    }

    static String human(long millis) {
        if (millis < 0) {
            return "-" + human(-millis);
        }
        if (millis < SECOND) {
            return millis == 0 ? "0" : millis + "ms";
        }
        for (int i = 0; i < UNITS.length; i++) {
            long amount = millis / UNITS[i];
            if (amount > 0) {
                String first = amount + NAMES[i];
                if (i + 1 < UNITS.length) {
                    long next = millis % UNITS[i] / UNITS[i + 1];
                    return next > 0 ? first + " " + next + NAMES[i + 1] : first;
                }
                return first;
            }
        }
        throw new AssertionError("unreachable for " + millis + " ms");
    }
}
