package io.singlepoint.core.mail;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.singlepoint.core.Violation;

/**
 * Writes a {@link MailAnalysis} as DESIGN.md's mail analysis JSON, optionally with the handler's decision:
 * <pre>
 * {"messageId","messageIdGenerated","from","fromName","replyTo":[],"to":[],"cc":[],"date","subject","issueKeys":[],
 *  "thread":{"inReplyTo","references":[]},"automatic":{"isAutomatic","reason","detail"},
 *  "bounce":{"recipients":[{"address","action","status","diagnostic","failing"}],"originalMessageId"}|null,
 *  "replyText","replySource","forwarded",
 *  "attachments":[{"name","contentType","size","sha256","contentId","inline","keep","reason"}],
 *  "size","defects":[{"code","part","detail"}],
 *  "decision":{"action","issueKey","by","via","summary","attachments":[{"name","keep","reason"}],"reason","args":[],
 *              "addresses":[],"originalMessageId","messageId"}}
 * </pre>
 * Properties in that order; absent values {@code null}; {@code date} ISO-8601 UTC; {@code decision} only when given,
 * with the properties its action has.
 */
public final class MailAnalysisJson {

    private static final JsonFactory JSON = new JsonFactory();

    private MailAnalysisJson() {
    }

    /** The analysis as one line of JSON. */
    public static String write(MailAnalysis analysis) {
        return write(analysis, null, false);
    }

    /**
     * The analysis, with {@code decision} if not {@code null}; indented with two spaces and line breaks when
     * {@code pretty}, else on one line.
     */
    public static String write(MailAnalysis analysis, MailDecision decision, boolean pretty) {
        StringWriter out = new StringWriter(1024);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            if (pretty) {
                json.useDefaultPrettyPrinter();
            }
            write(json, analysis, decision);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter cannot fail", e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator json, MailAnalysis a, MailDecision decision) throws IOException {
        json.writeStartObject();
        json.writeStringField("messageId", a.messageId());
        json.writeBooleanField("messageIdGenerated", a.messageIdGenerated());
        json.writeStringField("from", a.from() == null ? null : a.from().address());
        json.writeStringField("fromName", a.from() == null ? null : a.from().name());
        addresses(json, "replyTo", a.replyTo());
        addresses(json, "to", a.to());
        addresses(json, "cc", a.cc());
        json.writeStringField("date", a.date() == null ? null : a.date().toString());
        json.writeStringField("subject", a.subject());
        strings(json, "issueKeys", a.issueKeys());
        json.writeObjectFieldStart("thread");
        json.writeStringField("inReplyTo", a.thread().inReplyTo());
        strings(json, "references", a.thread().references());
        json.writeEndObject();
        json.writeObjectFieldStart("automatic");
        json.writeBooleanField("isAutomatic", a.automatic().isAutomatic());
        json.writeStringField("reason", a.automatic().reason());
        json.writeStringField("detail", a.automatic().detail());
        json.writeEndObject();
        bounce(json, a.bounce());
        json.writeStringField("replyText", a.replyText());
        json.writeStringField("replySource", a.replySource());
        json.writeBooleanField("forwarded", a.forwarded());
        json.writeArrayFieldStart("attachments");
        for (Attachment file : a.attachments()) {
            attachment(json, file);
        }
        json.writeEndArray();
        json.writeNumberField("size", a.size());
        json.writeArrayFieldStart("defects");
        for (MailDefect defect : a.defects()) {
            json.writeStartObject();
            json.writeStringField("code", defect.code());
            json.writeStringField("part", defect.part());
            json.writeStringField("detail", defect.detail());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (decision != null) {
            decision(json, decision);
        }
        json.writeEndObject();
    }

    private static void bounce(JsonGenerator json, Bounce bounce) throws IOException {
        if (bounce == null) {
            json.writeNullField("bounce");
            return;
        }
        json.writeObjectFieldStart("bounce");
        json.writeArrayFieldStart("recipients");
        for (Bounce.Recipient r : bounce.recipients()) {
            json.writeStartObject();
            json.writeStringField("address", r.address());
            json.writeStringField("action", r.action());
            json.writeStringField("status", r.status());
            json.writeStringField("diagnostic", r.diagnostic());
            json.writeBooleanField("failing", r.failing());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("originalMessageId", bounce.originalMessageId());
        json.writeEndObject();
    }

    private static void attachment(JsonGenerator json, Attachment file) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", file.name());
        json.writeStringField("contentType", file.contentType());
        json.writeNumberField("size", file.size());
        json.writeStringField("sha256", file.sha256());
        json.writeStringField("contentId", file.contentId());
        json.writeBooleanField("inline", file.inline());
        json.writeBooleanField("keep", file.keep());
        json.writeStringField("reason", file.reason());
        json.writeEndObject();
    }

    private static void decision(JsonGenerator json, MailDecision decision) throws IOException {
        json.writeObjectFieldStart("decision");
        json.writeStringField("action", decision.action());
        if (decision instanceof MailDecision.Comment c) {
            json.writeStringField("issueKey", c.issueKey());
            json.writeStringField("by", c.thread().by());
            json.writeStringField("via", c.thread().via());
            decidedFiles(json, c.attachments());
        } else if (decision instanceof MailDecision.CreateIssue c) {
            json.writeStringField("summary", c.summary());
            decidedFiles(json, c.attachments());
        } else if (decision instanceof MailDecision.MarkBounced b) {
            strings(json, "addresses", b.addresses());
            json.writeStringField("originalMessageId", b.originalMessageId());
        } else if (decision instanceof MailDecision.Duplicate d) {
            json.writeStringField("messageId", d.messageId());
        } else if (decision instanceof MailDecision.Ignore i) {
            reason(json, i.reason());
        } else if (decision instanceof MailDecision.Hold h) {
            reason(json, h.reason());
        } else if (decision instanceof MailDecision.Reject r) {
            reason(json, r.reason());
        } else if (decision instanceof MailDecision.ForwardToAgents f) {
            reason(json, f.reason());
        }
        json.writeEndObject();
    }

    /** The files as the decision has them: only name, keep and reason, the rest is in the analysis. */
    private static void decidedFiles(JsonGenerator json, List<Attachment> files) throws IOException {
        json.writeArrayFieldStart("attachments");
        for (Attachment file : files) {
            json.writeStartObject();
            json.writeStringField("name", file.name());
            json.writeBooleanField("keep", file.keep());
            json.writeStringField("reason", file.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void reason(JsonGenerator json, Violation reason) throws IOException {
        json.writeStringField("reason", reason.i18nKey());
        json.writeArrayFieldStart("args");
        for (Object arg : reason.arguments()) {
            json.writeString(String.valueOf(arg));
        }
        json.writeEndArray();
    }

    private static void addresses(JsonGenerator json, String name, List<Mailbox> boxes) throws IOException {
        json.writeArrayFieldStart(name);
        for (Mailbox box : boxes) {
            json.writeString(box.address());
        }
        json.writeEndArray();
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
