package io.singlepoint.cli.sla;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Something the command reads, with the name messages give it: the path as the user wrote it, or {@code <stdin>}. */
record Source(String name, Opener opener) {

    static final String STDIN = "<stdin>";

    /** Opens the source's bytes. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    static Source file(String path) {
        return new Source(path, () -> Files.newInputStream(Path.of(path)));
    }

    /** Standard input, read at the time of opening; closing what {@link #open()} returns leaves it open. */
    static Source stdin() {
        return new Source(STDIN, () -> new FilterInputStream(System.in) {
            @Override
            public void close() {
                // stdin belongs to the process
            }
        });
    }

    InputStream open() throws IOException {
        return opener.open();
    }
}
