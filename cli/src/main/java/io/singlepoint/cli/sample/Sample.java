package io.singlepoint.cli.sample;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * The sample bundled with the command line: a service desk's export and an SLA configuration for it, which
 * {@code singlepoint sla replay} replays when given neither; and a change with the directory of its people, which
 * {@code singlepoint notify preview} renders when given no issue. {@code README.md} beside them describes them; the
 * test sources' {@code SampleExportGenerator} writes the export.
 */
public final class Sample {

    /** The export's name in messages and reports. */
    public static final String EXPORT_NAME = "sample/service-desk-export.json";
    /** The configuration's name in messages and reports. */
    public static final String CONFIG_NAME = "sample/sla-config.json";
    /**
     * When the sample was exported: nothing happens after it, and it is "now" when the sample is replayed, so that
     * its report does not change with the date it is run on.
     */
    public static final Instant EXPORTED_AT = Instant.parse("2026-06-30T12:00:00Z");

    static final String EXPORT_RESOURCE = "service-desk-export.json";
    static final String CONFIG_RESOURCE = "sla-config.json";

    /** The change {@code singlepoint notify preview} renders when given no issue. */
    public static final String CHANGE_NAME = "sample/change-SD-12.json";
    /** The users, groups and project roles of the sample change's recipients. */
    public static final String DIRECTORY_NAME = "sample/directory.json";
    /**
     * "Now" for previews of the sample change: a day before its change window (2 July 2026, 08:00 in Berlin), so that
     * a reminder says "in about 24 hours" whatever the date it is run on.
     */
    public static final Instant CHANGE_NOW = Instant.parse("2026-07-01T06:00:00Z");

    static final String CHANGE_RESOURCE = "change-SD-12.json";
    static final String DIRECTORY_RESOURCE = "directory.json";

    private Sample() {
    }

    public static InputStream openExport() throws IOException {
        return open(EXPORT_RESOURCE);
    }

    public static InputStream openConfig() throws IOException {
        return open(CONFIG_RESOURCE);
    }

    public static InputStream openChange() throws IOException {
        return open(CHANGE_RESOURCE);
    }

    public static InputStream openDirectory() throws IOException {
        return open(DIRECTORY_RESOURCE);
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = Sample.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("the bundled sample " + resource + " is missing from the singlepoint jar");
        }
        return in;
    }
}
