/**
 * The service-desk mail handler's domain: one raw message in, one {@link io.singlepoint.core.mail.MailAnalysis} and
 * one {@link io.singlepoint.core.mail.MailDecision} out (DESIGN.md, "Mail analysis").
 *
 * <p>The way through, as a handler adapter calls it:
 * <pre>{@code
 * MailAnalysis analysis = new MailAnalyzer(settings).analyze(rawStream);          // the message's facts
 * MailDecision decision = MailTriage.decide(analysis, settings, history);         // what to do, and why
 * }</pre>
 * <ul>
 *   <li><b>Reading</b> ({@code MimeMessageReader}, package-private): RFC 5322 headers unfolded, RFC 2047 encoded
 *       words (broken ones too), RFC 2231 parameters, the MIME tree, base64 and quoted-printable decoded as they
 *       stream by, charsets as declared, else UTF-8 if valid, else windows-1252. Text and HTML bodies are kept up
 *       to {@link io.singlepoint.core.mail.MailLimits#maxTextBytes()}; every other part goes through a SHA-256 digest
 *       and a counter and is never held, so a 25 MB message is read in a small heap. Lenient by default: what was
 *       repaired is listed as {@link io.singlepoint.core.mail.MailDefect}s; strict limits refuse with
 *       {@link io.singlepoint.core.mail.MailFormatException}, the only exception reading lets escape besides the
 *       stream's {@code IOException}.</li>
 *   <li><b>Reply text</b> ({@link io.singlepoint.core.mail.ReplyExtractor}): the text part when it is real, else
 *       the HTML part turned into quoted text; quote headers and signatures in seven languages.</li>
 *   <li><b>Automatic mail</b> ({@link io.singlepoint.core.mail.AutomaticMail}) and bounces
 *       ({@link io.singlepoint.core.mail.Bounce}).</li>
 *   <li><b>Files</b> ({@link io.singlepoint.core.mail.AttachmentRules}): kept unless a rule drops them.</li>
 *   <li><b>Threading</b> ({@link io.singlepoint.core.mail.Threading}): by reference, then by subject key; never by
 *       sender.</li>
 *   <li><b>Loop guards</b> in {@link io.singlepoint.core.mail.MailTriage}: the app's own addresses
 *       ({@link io.singlepoint.core.mail.OwnAddresses}) and Message-IDs, a per-sender hourly limit, duplicates. Core
 *       holds no state: the handler answers {@link io.singlepoint.core.mail.MailHistory}'s lookups.</li>
 * </ul>
 * Reasons that reach the processing log are {@link io.singlepoint.core.Violation}s with keys
 * {@code singlepoint.mail.reason.*}; JSON and the command line show their codes.
 */
package io.singlepoint.core.mail;
