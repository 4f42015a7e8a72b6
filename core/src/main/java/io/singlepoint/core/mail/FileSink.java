package io.singlepoint.core.mail;

import java.io.IOException;
import java.io.OutputStream;

/** Passes a file's decoded bytes to a caller's stream ({@link MailFiles}); its failures leave the reader at once. */
final class FileSink implements ByteSink {

    /** A caller's stream failed; {@link MimeMessageReader#read} throws the cause. */
    static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failed(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    private final OutputStream out;

    FileSink(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(byte[] bytes, int from, int length) {
        try {
            out.write(bytes, from, length);
        } catch (IOException e) {
            throw new Failed(e);
        }
    }

    void close() throws IOException {
        out.close();
    }
}
