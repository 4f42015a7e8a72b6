package io.singlepoint.core.mail;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines mail clients put above quoted history, forwarded messages and signatures, in English, German, French,
 * Spanish, Dutch, Italian and Portuguese. Each pattern matches a whole line (or two or three lines joined with a
 * space, for clients that wrap the attribution) and is bounded in length, so matching stays linear.
 */
final class QuoteHeaders {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** "On ... wrote:" and its translations, with the opening word that makes them safe to cut at. */
    static final List<Pattern> ATTRIBUTIONS = List.of(
            Pattern.compile("^On\\b.{3,300}\\bwrote\\s?:$", FLAGS),
            Pattern.compile("^Am\\b.{3,300}\\bschrieb\\b.{0,200}:$", FLAGS),
            Pattern.compile("^Le\\b.{3,300}\\ba\\s(é|e)crit\\s?:$", FLAGS),
            Pattern.compile("^El\\b.{3,300}\\bescribi(ó|o)\\s?:$", FLAGS),
            Pattern.compile("^Op\\b.{3,300}\\b(schreef|geschreven)\\b.{0,100}:$", FLAGS),
            Pattern.compile("^Il\\b.{3,300}\\bha\\sscritto\\s?:$", FLAGS),
            Pattern.compile("^(Em|A|No dia|Na)\\b.{3,300}\\bescreveu\\s?:$", FLAGS));

    /** "Anna Becker <anna@example.com> wrote:" without an opening word: only an attribution if quoting follows. */
    static final Pattern BARE_ATTRIBUTION = Pattern.compile(
            "^.{1,250}\\b(wrote|schrieb|a\\s(é|e)crit|escribi(ó|o)|schreef|geschreven|ha\\sscritto|escreveu)\\b.{0,120}:$",
            FLAGS);

    /** "-----Original Message-----" and Thunderbird's "-------- Original Message --------", translated. */
    static final Pattern ORIGINAL_MESSAGE = Pattern.compile("^-{2,}\\s*(Original Message|Ursprüngliche Nachricht"
            + "|Originalnachricht|Original-Nachricht|Message d'origine|Message original|Mensaje original"
            + "|Oorspronkelijk bericht|Origineel bericht|Messaggio originale|Mensagem original)\\s*-{2,}$", FLAGS);

    /** Lotus Notes: -----"Anna Becker" <anna@example.com> wrote: ----- */
    static final Pattern LOTUS = Pattern.compile(
            "^-{3,}\\s*.{1,200}\\s(wrote|schrieb|a\\s(é|e)crit|escribi(ó|o)|schreef|ha\\sscritto|escreveu)\\s?:?\\s*-{3,}$",
            FLAGS);

    /** The first line of Outlook's (and Lotus Notes') header block: From, Von, De, Van, Da. */
    static final Pattern FROM_LABEL = Pattern.compile(
            "^[*_]{0,2}(From|Von|De|Van|Da|Från|Fra|Od|Mittente)[*_]{0,2}\\s?:[*_]{0,2}\\s*\\S.*$", FLAGS);

    /** The block's other lines: sent/date, to, cc, subject. */
    static final Pattern OTHER_LABEL = Pattern.compile("^[*_]{0,2}(Sent|Date|Gesendet|Datum|Envoy(é|e)(\\sle)?"
            + "|Enviado(\\sel)?|Enviada(\\sem)?|Fecha|Verzonden|Verstuurd|Inviato|Data|To|An|À|A|Para|Aan|Cc|Kopie"
            + "|Subject|Betreff|Objet|Asunto|Onderwerp|Oggetto|Assunto|Importance|Wichtigkeit)[*_]{0,2}\\s?:.*$",
            FLAGS);

    /** Outlook's separator above its header block. */
    static final Pattern SEPARATOR = Pattern.compile("^(_{8,}|-{8,})$");

    /** Lines that open a forwarded message. */
    static final List<Pattern> FORWARDS = List.of(
            Pattern.compile("^-{2,}\\s*(Forwarded message|Weitergeleitete Nachricht|Message transf(é|e)r(é|e)"
                    + "|Mensaje reenviado|Doorgestuurd bericht|Messaggio inoltrato|Mensagem encaminhada"
                    + "|Mensagem reencaminhada|Original-Nachricht weitergeleitet)\\s*-{2,}$", FLAGS),
            Pattern.compile("^(Begin forwarded message|Anfang der weitergeleiteten Nachricht"
                    + "|D(é|e)but du message (r(é|e)exp(é|e)di(é|e)|transf(é|e)r(é|e))|Inicio del mensaje reenviado"
                    + "|Comienzo del mensaje reenviado|Begin doorgestuurd bericht|Inizio messaggio inoltrato"
                    + "|In(í|i)cio da mensagem (reencaminhada|encaminhada))\\s?:$", FLAGS));

    /** What phones and mobile apps append: the whole line, at most 100 characters. */
    static final Pattern MOBILE_SIGNATURE = Pattern.compile("^("
            + "Sent (from|with|via|using|by) .{1,60}"
            + "|Gesendet (von|mit|vom|via) .{1,60}|Von meinem .{1,40} gesendet\\.?"
            + "|Diese Nachricht wurde von meinem .{1,80} gesendet\\.?"
            + "|Envoy(é|e) (de|depuis|avec|à partir de|via) .{1,60}"
            + "|Enviado (desde|con|do|de|pelo|via|a partir do|a partir de) .{1,60}"
            + "|(Verzonden|Verstuurd) (vanaf|met|van|via) .{1,60}"
            + "|Inviato (da|con|tramite|dal) .{1,60}"
            + "|(Get|Holen Sie sich|Obtenir|T(é|e)l(é|e)charger|Obtener|Scarica|Obter o|Baixe o) Outlook (for|f(ü|u)r|pour|para|per) .{1,30}"
            + "|Outlook voor .{1,30} downloaden"
            + ")$", FLAGS);

    private QuoteHeaders() {
    }
}
