package io.singlepoint.core.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How a reply is cleaned beyond the built-in rules: lines that start a signature (the company's "Kind regards"
 * block, a disclaimer), and how much quoted text stays above each inline answer.
 *
 * @param signatureStarts regular expressions; a whole line matching one (ignoring case) starts a signature, which
 *                        runs to the next quoted line or the end
 * @param contextLines    quoted lines kept directly above each inline answer, as {@code > ...}; 0 keeps none
 */
public record ReplyRules(List<Pattern> signatureStarts, int contextLines) {

    /** No configured signature; three lines of context. */
    public static final ReplyRules DEFAULT = new ReplyRules(List.of(), 3);

    public ReplyRules {
        signatureStarts = List.copyOf(signatureStarts);
        if (contextLines < 0 || contextLines > 20) {
            throw new IllegalArgumentException("context lines must be 0 to 20, not " + contextLines);
        }
    }

    /**
     * Rules with these signature patterns (as an admin types them), three lines of context.
     *
     * @throws IllegalArgumentException naming every pattern that is no regular expression
     */
    public static ReplyRules withSignatures(List<String> patterns) {
        List<Pattern> compiled = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            try {
                compiled.add(Pattern.compile(patterns.get(i), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                problems.add("signatures[" + i + "]: \"" + patterns.get(i) + "\" is no regular expression: "
                        + e.getDescription());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new ReplyRules(compiled, DEFAULT.contextLines());
    }
}
