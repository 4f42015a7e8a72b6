package io.singlepoint.core.mail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which files of a message go onto the issue. Every file is kept unless a rule drops it; the reason codes, in the
 * order the rules apply:
 * <ul>
 *   <li>{@code empty}: no bytes</li>
 *   <li>{@code known-image}: its SHA-256 is one of {@link #knownHashes()} (the company's logos, configured once)</li>
 *   <li>{@code duplicate-in-mail}: the same bytes came earlier in this message</li>
 *   <li>{@code signature-image}: an image that the HTML shows by {@code cid:} inside a signature block, or that is
 *       at most {@link #signatureImageMaxBytes()} and named like a logo or an Outlook inline image</li>
 *   <li>{@code quoted-image}: an image the HTML shows only inside the quoted history</li>
 *   <li>{@code already-on-issue}: the issue has a file with the same bytes ({@link #decideForIssue})</li>
 * </ul>
 * A kept file says how it came: {@code attached}, {@code inline-image} (shown in the new text),
 * {@code forwarded-message} ({@code message/rfc822}) or {@code calendar}.
 *
 * @param signatureImageMaxBytes up to this size an inline image with a logo-like name is a signature image
 * @param knownHashes            SHA-256 hex of files never kept, lower case
 * @param logoNames              file names of logos and inline images as clients name them
 */
public record AttachmentRules(long signatureImageMaxBytes, Set<String> knownHashes, Pattern logoNames) {

    /** Logos up to 16 KB; names as Outlook ({@code image001.png}), Outlook mobile and logo files are named. */
    public static final AttachmentRules DEFAULT = new AttachmentRules(16 * 1024, Set.of(), Pattern.compile(
            "(image\\d{3}\\.(png|jpe?g|gif)|Outlook-[\\w.-]{1,40}\\.(png|jpe?g|gif)"
                    + "|.{0,60}(logo|signature|signatur|banner|icon|facebook|linkedin|twitter|xing|instagram|youtube)"
                    + ".{0,60}\\.(png|jpe?g|gif|svg|bmp))",
            Pattern.CASE_INSENSITIVE));

    private static final Set<String> KEPT = Set.of("attached", "inline-image", "forwarded-message", "calendar");

    public AttachmentRules {
        if (signatureImageMaxBytes < 0) {
            throw new IllegalArgumentException("the signature image size limit is 0 or more, not "
                    + signatureImageMaxBytes);
        }
        Set<String> lower = new HashSet<>();
        for (String hash : knownHashes) {
            lower.add(hash.trim().toLowerCase(Locale.ROOT));
        }
        knownHashes = Set.copyOf(lower);
    }

    /** The same rules with these logo hashes. */
    public AttachmentRules withKnownHashes(Set<String> hashes) {
        return new AttachmentRules(signatureImageMaxBytes, hashes, logoNames);
    }

    /** Where the HTML showed each Content-ID. */
    record Shown(Set<String> inNewText, Set<String> inHtml, Set<String> inSignature) {
    }

    /** Decides each file of one message. */
    List<Attachment> decide(List<Attachment> files, Shown shown) {
        List<Attachment> decided = new ArrayList<>(files.size());
        Set<String> seen = new HashSet<>();
        for (Attachment file : files) {
            String reason = reason(file, shown, seen);
            decided.add(file.decided(KEPT.contains(reason), reason));
            seen.add(file.sha256());
        }
        return decided;
    }

    private String reason(Attachment file, Shown shown, Set<String> seen) {
        if (file.size() == 0) {
            return "empty";
        }
        if (knownHashes.contains(file.sha256())) {
            return "known-image";
        }
        if (seen.contains(file.sha256())) {
            return "duplicate-in-mail";
        }
        String cid = file.contentId();
        boolean image = file.contentType().startsWith("image/");
        if (image && cid != null && shown.inHtml().contains(cid) || image && cid != null
                && shown.inSignature().contains(cid)) {
            if (shown.inNewText().contains(cid)) {
                return file.size() <= signatureImageMaxBytes && logoNames.matcher(file.name()).matches()
                        ? "signature-image" : "inline-image";
            }
            return shown.inSignature().contains(cid) ? "signature-image" : "quoted-image";
        }
        if (file.contentType().equals("message/rfc822")) {
            return "forwarded-message";
        }
        if (file.contentType().equals("text/calendar")) {
            return "calendar";
        }
        return "attached";
    }

    /**
     * Drops the kept files whose bytes the issue already has.
     *
     * @param issueHashes SHA-256 hex of the issue's attachments, lower case
     */
    public static List<Attachment> decideForIssue(List<Attachment> files, Set<String> issueHashes) {
        List<Attachment> decided = new ArrayList<>(files.size());
        for (Attachment file : files) {
            decided.add(file.keep() && issueHashes.contains(file.sha256())
                    ? file.decided(false, "already-on-issue") : file);
        }
        return decided;
    }
}
