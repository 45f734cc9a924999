package org.klangru.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.BytesTrie;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * Lookup in the Thai word list that ICU's own word segmentation uses (brkitr/thaidict.dict inside ICU4J), so
 * that repairs can ask "is this a word?" with the same vocabulary as the index tokenizer. Read through the
 * public {@link BytesTrie} API; the file layout (ICU data header, eight int indexes, a byte trie of Thai
 * characters shifted down by U+0E00) is checked on load and a mismatch fails loudly.
 */
final class ThaiDictionary {

    private static final int IX_STRING_TRIE_OFFSET = 0;
    private static final int IX_TOTAL_SIZE = 3;
    private static final int IX_TRIE_TYPE = 4;
    private static final int IX_TRANSFORM = 5;
    private static final int TRIE_TYPE_BYTES = 0;
    private static final int TRANSFORM_OFFSET_THAI = 0x01000000 | 0x0E00;

    private static final byte[] TRIE = load();
    private static final ULocale THAI = new ULocale("th");

    private ThaiDictionary() {
    }

    /** True when s[start, end) is a word of ICU's Thai dictionary. */
    static boolean contains(CharSequence s, int start, int end) {
        if (end <= start) {
            return false;
        }
        BytesTrie trie = new BytesTrie(TRIE, 0);
        BytesTrie.Result result = BytesTrie.Result.NO_MATCH;
        for (int i = start; i < end; i++) {
            int b = toByte(s.charAt(i));
            if (b < 0) {
                return false;
            }
            result = trie.next(b);
            if (!result.hasNext() && i + 1 < end) {
                return false;
            }
        }
        return result.hasValue(); // matches() would also accept a prefix of a word
    }

    /**
     * True when some dictionary word starts in [from, at) and ends after {@code at}: a word across the
     * position. A cheap necessary condition that spares ICU's segmentation at most places.
     */
    static boolean anyWordAcross(CharSequence s, int from, int at) {
        int n = s.length();
        for (int p = from; p < at; p++) {
            BytesTrie trie = new BytesTrie(TRIE, 0);
            for (int i = p; i < n; i++) {
                int b = toByte(s.charAt(i));
                if (b < 0) {
                    break;
                }
                BytesTrie.Result result = trie.next(b);
                if (i >= at && result.hasValue()) {
                    return true;
                }
                if (!result.hasNext()) {
                    break;
                }
            }
        }
        return false;
    }

    static boolean contains(CharSequence s) {
        return contains(s, 0, s.length());
    }

    /** A new ICU word iterator for Thai (not thread-safe; one per call of a repair). */
    static BreakIterator wordIterator() {
        return BreakIterator.getWordInstance(THAI);
    }

    /** Characters of {@code text} that ICU's segmentation puts in tokens that are not dictionary words. */
    static int unknownChars(BreakIterator words, String text) {
        words.setText(text);
        int unknown = 0;
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (!contains(text, start, end)) {
                unknown += end - start;
            }
        }
        return unknown;
    }

    /** ICU's "offset" transform: U+0E00..U+0EFD to 0..0xFD, ZWNJ and ZWJ to 0xFE and 0xFF. */
    private static int toByte(char c) {
        if (c == '\u200D') {
            return 0xFF;
        }
        if (c == '\u200C') {
            return 0xFE;
        }
        int delta = c - 0x0E00;
        return delta < 0 || delta > 0xFD ? -1 : delta;
    }

    private static byte[] load() {
        String path = "/com/ibm/icu/impl/data/icudt" + VersionInfo.ICU_DATA_VERSION_PATH + "/brkitr/thaidict.dict";
        try (InputStream in = VersionInfo.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("ICU Thai dictionary not found at " + path);
            }
            ByteBuffer data = ByteBuffer.wrap(in.readAllBytes()); // ICU data in the jar is big-endian
            int headerSize = data.getChar(0);
            if ((data.get(2) & 0xFF) != 0xDA || (data.get(3) & 0xFF) != 0x27 || data.get(8) != 1
                    || data.getInt(12) != 0x44696374 /* "Dict" */) {
                throw new IllegalStateException("unexpected ICU data header in " + path);
            }
            int[] ix = new int[8];
            for (int k = 0; k < ix.length; k++) {
                ix[k] = data.getInt(headerSize + 4 * k);
            }
            if (ix[IX_TRIE_TYPE] != TRIE_TYPE_BYTES || ix[IX_TRANSFORM] != TRANSFORM_OFFSET_THAI) {
                throw new IllegalStateException("unexpected trie type or transform in " + path);
            }
            int from = headerSize + ix[IX_STRING_TRIE_OFFSET];
            int to = headerSize + ix[IX_TOTAL_SIZE];
            byte[] trie = new byte[to - from];
            data.get(from, trie);
            return trie;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ICU Thai dictionary " + path, e);
        }
    }
}
