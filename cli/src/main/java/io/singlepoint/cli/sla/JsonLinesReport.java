package io.singlepoint.cli.sla;

import java.io.IOException;

import io.singlepoint.core.sla.SlaResult;
import io.singlepoint.core.sla.SlaResultJson;

/** {@code --format json}: one SLA result object of DESIGN.md per line, per issue and SLA (JSON Lines). */
final class JsonLinesReport implements Report {

    private final Sink sink;

    JsonLinesReport(Sink sink) {
        this.sink = sink;
    }

    @Override
    public void add(SlaResult result) throws IOException {
        SlaResultJson.append(sink.buffer(), result).append('\n');
        sink.written();
    }

    @Override
    public void finish() throws IOException {
        sink.flush();
    }
}
