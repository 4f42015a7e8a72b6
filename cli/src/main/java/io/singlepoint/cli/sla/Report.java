package io.singlepoint.cli.sla;

import java.io.IOException;

import io.singlepoint.core.sla.SlaResult;

/** A replay's output in one format: fed every result as it is computed, so that memory does not grow with them. */
interface Report {

    void add(SlaResult result) throws IOException;

    /** After the last result: writes what is left and flushes. */
    void finish() throws IOException;
}
