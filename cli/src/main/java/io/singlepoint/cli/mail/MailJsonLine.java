package io.singlepoint.cli.mail;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.singlepoint.core.mail.MailAnalysis;
import io.singlepoint.core.mail.MailAnalysisJson;
import io.singlepoint.core.mail.MailDecision;

/** One line of {@code --format json}: {@code "file"} first, then core's analysis JSON with the decision. */
final class MailJsonLine {

    private static final JsonFactory JSON = new JsonFactory();

    private MailJsonLine() {
    }

    static String of(String file, MailAnalysis analysis, MailDecision decision) {
        String object = MailAnalysisJson.write(analysis, decision, false);
        StringWriter out = new StringWriter(object.length() + file.length() + 16);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("file", file);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter cannot fail", e);
        }
        String head = out.toString();
        // {"file":"..."} + {"messageId":...}: one object with "file" first
        return head.substring(0, head.length() - 1) + "," + object.substring(1);
    }
}
