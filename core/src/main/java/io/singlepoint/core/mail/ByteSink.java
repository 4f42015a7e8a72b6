package io.singlepoint.core.mail;

/** Where the bytes of a part go as they are read and decoded: never the whole part in memory unless it is text. */
interface ByteSink {

    ByteSink DISCARD = (bytes, from, length) -> { };

    void write(byte[] bytes, int from, int length);

    /** The part ended; a decoder writes what it still holds. */
    default void end() {
    }
}
