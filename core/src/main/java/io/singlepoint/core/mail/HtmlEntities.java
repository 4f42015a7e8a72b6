package io.singlepoint.core.mail;

import java.util.HashMap;
import java.util.Map;

/** HTML character references: numeric ones, and the named ones mail clients write (Latin-1 and typography). */
final class HtmlEntities {

    private static final Object[] TABLE = {
            "AElig", 0xC6, "Aacute", 0xC1, "Acirc", 0xC2, "Agrave", 0xC0, "Aring", 0xC5, "Atilde", 0xC3,
            "Auml", 0xC4, "Ccedil", 0xC7, "Dagger", 0x2021, "ETH", 0xD0, "Eacute", 0xC9, "Ecirc", 0xCA,
            "Egrave", 0xC8, "Euml", 0xCB, "Iacute", 0xCD, "Icirc", 0xCE, "Igrave", 0xCC, "Iuml", 0xCF,
            "Ntilde", 0xD1, "OElig", 0x152, "Oacute", 0xD3, "Ocirc", 0xD4, "Ograve", 0xD2, "Oslash", 0xD8,
            "Otilde", 0xD5, "Ouml", 0xD6, "Prime", 0x2033, "Scaron", 0x160, "THORN", 0xDE, "Uacute", 0xDA,
            "Ucirc", 0xDB, "Ugrave", 0xD9, "Uuml", 0xDC, "Yacute", 0xDD, "Yuml", 0x178, "aacute", 0xE1,
            "acirc", 0xE2, "acute", 0xB4, "aelig", 0xE6, "agrave", 0xE0, "amp", 0x26, "apos", 0x27,
            "aring", 0xE5, "asymp", 0x2248, "atilde", 0xE3, "auml", 0xE4, "bdquo", 0x201E, "brvbar", 0xA6,
            "bull", 0x2022, "ccedil", 0xE7, "cedil", 0xB8, "cent", 0xA2, "circ", 0x2C6, "copy", 0xA9,
            "curren", 0xA4, "dagger", 0x2020, "darr", 0x2193, "deg", 0xB0, "divide", 0xF7, "eacute", 0xE9,
            "ecirc", 0xEA, "egrave", 0xE8, "emsp", 0x2003, "ensp", 0x2002, "eth", 0xF0, "euml", 0xEB,
            "euro", 0x20AC, "fnof", 0x192, "frac12", 0xBD, "frac14", 0xBC, "frac34", 0xBE, "ge", 0x2265,
            "gt", 0x3E, "harr", 0x2194, "hearts", 0x2665, "hellip", 0x2026, "iacute", 0xED, "icirc", 0xEE,
            "iexcl", 0xA1, "igrave", 0xEC, "infin", 0x221E, "iquest", 0xBF, "iuml", 0xEF, "laquo", 0xAB,
            "larr", 0x2190, "ldquo", 0x201C, "le", 0x2264, "lrm", 0x200E, "lsaquo", 0x2039, "lsquo", 0x2018,
            "lt", 0x3C, "macr", 0xAF, "mdash", 0x2014, "micro", 0xB5, "middot", 0xB7, "minus", 0x2212,
            "nbsp", 0xA0, "ndash", 0x2013, "ne", 0x2260, "not", 0xAC, "ntilde", 0xF1, "oacute", 0xF3,
            "ocirc", 0xF4, "oelig", 0x153, "ograve", 0xF2, "ordf", 0xAA, "ordm", 0xBA, "oslash", 0xF8,
            "otilde", 0xF5, "ouml", 0xF6, "para", 0xB6, "permil", 0x2030, "plusmn", 0xB1, "pound", 0xA3,
            "prime", 0x2032, "quot", 0x22, "raquo", 0xBB, "rarr", 0x2192, "rdquo", 0x201D, "reg", 0xAE,
            "rlm", 0x200F, "rsaquo", 0x203A, "rsquo", 0x2019, "sbquo", 0x201A, "scaron", 0x161, "sect", 0xA7,
            "shy", 0xAD, "sup1", 0xB9, "sup2", 0xB2, "sup3", 0xB3, "szlig", 0xDF, "thinsp", 0x2009,
            "thorn", 0xFE, "tilde", 0x2DC, "times", 0xD7, "trade", 0x2122, "uacute", 0xFA, "uarr", 0x2191,
            "ucirc", 0xFB, "ugrave", 0xF9, "uml", 0xA8, "uuml", 0xFC, "yacute", 0xFD, "yen", 0xA5,
            "yuml", 0xFF, "zwj", 0x200D, "zwnj", 0x200C
    };

    private static final Map<String, Integer> NAMED = new HashMap<>();

    static {
        for (int i = 0; i < TABLE.length; i += 2) {
            NAMED.put((String) TABLE[i], (Integer) TABLE[i + 1]);
        }
    }

    private HtmlEntities() {
    }

    /** The code point of {@code &name;} (without {@code &} and {@code ;}), or -1 if it is none. */
    static int codePoint(String name) {
        if (name.startsWith("#")) {
            try {
                int code = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                if (code <= 0 || code > 0x10FFFF || code >= 0xD800 && code <= 0xDFFF) {
                    return 0xFFFD;
                }
                // HTML reads the C1 range as windows-1252, as do Outlook's numeric references.
                if (code >= 0x80 && code <= 0x9F) {
                    return new String(new byte[] {(byte) code}, Charsets.WINDOWS_1252).codePointAt(0);
                }
                return code;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        Integer code = NAMED.get(name);
        return code == null ? -1 : code;
    }
}
