package io.singlepoint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** {@code singlepoint --version}: the version Maven wrote into the jar. */
final class VersionProvider implements IVersionProvider {

    static final String RESOURCE = "version.properties";

    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is missing from the singlepoint jar");
            }
            properties.load(in);
        }
        return new String[] {"singlepoint " + properties.getProperty("version")};
    }
}
