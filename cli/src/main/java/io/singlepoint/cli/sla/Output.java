package io.singlepoint.cli.sla;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where the report goes: stdout, or a file written as a whole. A file is written beside its target under a temporary
 * name and moved into place on {@link #commit()}, so that a failed run leaves no half report and no truncated old one.
 */
final class Output implements AutoCloseable {

    private final String name;
    private final Writer writer;
    private final Path target;
    private final Path temporary;
    private boolean committed;

    private Output(String name, Writer writer, Path target, Path temporary) {
        this.name = name;
        this.writer = writer;
        this.target = target;
        this.temporary = temporary;
    }

    static Output stdout(PrintWriter out) {
        return new Output("<stdout>", out, null, null);
    }

    /** A file, UTF-8. */
    static Output file(String path) throws IOException {
        Path target = Path.of(path).toAbsolutePath();
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        return new Output(path, Files.newBufferedWriter(temporary, StandardCharsets.UTF_8), target, temporary);
    }

    String name() {
        return name;
    }

    Writer writer() {
        return writer;
    }

    /** Puts the written file in place of the target. */
    void commit() throws IOException {
        if (target == null) {
            writer.flush();
            return;
        }
        writer.close();
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Without {@link #commit()}, deletes what was written; stdout stays open. */
    @Override
    public void close() throws IOException {
        if (target == null) {
            writer.flush();
        } else if (!committed) {
            writer.close();
            Files.deleteIfExists(temporary);
        }
    }
}
