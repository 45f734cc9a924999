package org.klangru.search;

import org.klangru.text.MatchKey;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A text as equivalents are looked up in it: its {@link MatchKey} without dots ("ธอส" typed for "ธอส."), remembering
 * where words began. A form found in the key counts only as whole words where it begins or ends with a Latin letter
 * or digit: "OT" is not in "job rotation", "MRT" not in "MRTA", while "KM" is in "KM DAY"; Thai has no spaces, so a
 * Thai form counts wherever it is found.
 */
final class FormKey {
    private final String key;
    /** Key positions where a word begins: after white space or a dot, or where Latin meets another script. */
    private final BitSet wordStarts = new BitSet();

    private FormKey(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (String word : text.split("[\\s.]+")) {
            String k = MatchKey.of(word);
            if (k.isEmpty()) {
                continue;
            }
            wordStarts.set(sb.length());
            for (int i = 0; i < k.length(); i++) {
                if (i > 0 && latin(k.charAt(i)) != latin(k.charAt(i - 1))) {
                    wordStarts.set(sb.length() + i);
                }
            }
            sb.append(k);
        }
        wordStarts.set(sb.length());
        this.key = sb.toString();
    }

    static FormKey of(String text) {
        return new FormKey(text == null ? "" : text);
    }

    /** The key a form is looked up by. */
    static String key(String form) {
        return MatchKey.of(form).replace(".", "");
    }

    boolean isEmpty() {
        return key.isEmpty();
    }

    /** Whether {@code formKey} ({@link #key}) occurs here, as whole words at a Latin end. */
    boolean holds(String formKey) {
        if (formKey.isEmpty()) {
            return false;
        }
        boolean latinStart = latin(formKey.charAt(0));
        boolean latinEnd = latin(formKey.charAt(formKey.length() - 1));
        for (int at = key.indexOf(formKey); at >= 0; at = key.indexOf(formKey, at + 1)) {
            if ((!latinStart || wordStarts.get(at)) && (!latinEnd || wordStarts.get(at + formKey.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Every distinct piece of the key up to {@code maxLength} characters that {@link #holds} accepts. */
    Set<String> pieces(int maxLength) {
        Set<String> out = new HashSet<>();
        for (int from = 0; from < key.length(); from++) {
            boolean latinStart = latin(key.charAt(from));
            if (latinStart && !wordStarts.get(from)) {
                continue;
            }
            for (int to = from + 1; to <= Math.min(key.length(), from + maxLength); to++) {
                if (!latin(key.charAt(to - 1)) || wordStarts.get(to)) {
                    out.add(key.substring(from, to));
                }
            }
        }
        return out;
    }

    /**
     * Whether this text occurs in {@code form} (a typed fragment of a longer form, as {@code /api/equivalents} takes it),
     * as whole words at a Latin end: "rotation" is in "Job Rotation", "ofi" is not in "certificate of identity".
     */
    boolean isIn(String form) {
        return !key.isEmpty() && key(form).contains(key) && of(form).holds(key);
    }

    private static boolean latin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
