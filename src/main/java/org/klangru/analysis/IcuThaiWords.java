package org.klangru.analysis;

import com.ibm.icu.util.BytesTrie;
import com.ibm.icu.util.VersionInfo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Membership test against the Thai word list that ICU's own BreakIterator segments with
 * ({@code brkitr/thaidict.dict} inside the ICU4J jar), read through ICU's public {@link BytesTrie}.
 *
 * <p>The segmentation rules use it to tell a real word from a fragment ICU left behind, with the very
 * dictionary that made the fragment. ICU does not expose the matcher publicly, so the file is parsed
 * here: an ICU data header, eight int32 indexes, then a byte trie whose bytes are code points minus a
 * fixed offset (U+0E00 for Thai). A missing or changed file fails loudly at class load: silently losing
 * the rules would change tokens without changing the analyzer version.
 */
final class IcuThaiWords {
    private static final int IX_STRING_TRIE_OFFSET = 0;
    private static final int IX_TRIE_TYPE = 4;
    private static final int IX_TRANSFORM = 5;
    private static final int TRIE_TYPE_MASK = 7;
    private static final int TRIE_TYPE_BYTES = 0;
    private static final int TRANSFORM_TYPE_MASK = 0x7f000000;
    private static final int TRANSFORM_TYPE_OFFSET = 0x01000000;
    private static final int TRANSFORM_OFFSET_MASK = 0x1fffff;

    static final String RESOURCE = "/com/ibm/icu/impl/data/icudt" + VersionInfo.ICU_VERSION.getMajor()
            + "b/brkitr/thaidict.dict";

    private static final IcuThaiWords INSTANCE = load();

    private final byte[] data;
    private final int trieOffset;
    private final int codeOffset;

    private IcuThaiWords(byte[] data, int trieOffset, int codeOffset) {
        this.data = data;
        this.trieOffset = trieOffset;
        this.codeOffset = codeOffset;
    }

    static IcuThaiWords get() {
        return INSTANCE;
    }

    private static IcuThaiWords load() {
        byte[] all;
        try (InputStream in = BytesTrie.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("ICU Thai dictionary not found in the ICU4J jar: " + RESOURCE);
            }
            all = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteBuffer bb = ByteBuffer.wrap(all).order(ByteOrder.BIG_ENDIAN); // ICU4J ships big-endian data ("b")
        int headerSize = bb.getShort(0) & 0xffff;
        int trieType = bb.getInt(headerSize + 4 * IX_TRIE_TYPE);
        int transform = bb.getInt(headerSize + 4 * IX_TRANSFORM);
        if ((trieType & TRIE_TYPE_MASK) != TRIE_TYPE_BYTES || (transform & TRANSFORM_TYPE_MASK) != TRANSFORM_TYPE_OFFSET) {
            throw new IllegalStateException("Unexpected ICU Thai dictionary layout in " + RESOURCE);
        }
        int trieOffset = headerSize + bb.getInt(headerSize + 4 * IX_STRING_TRIE_OFFSET);
        return new IcuThaiWords(all, trieOffset, transform & TRANSFORM_OFFSET_MASK);
    }

    /** True when {@code text[start, end)} is a word of ICU's Thai dictionary. */
    boolean contains(char[] text, int start, int end) {
        if (end <= start) {
            return false;
        }
        BytesTrie trie = new BytesTrie(data, trieOffset);
        BytesTrie.Result r = BytesTrie.Result.NO_MATCH;
        for (int i = start; i < end; i++) {
            int b = toByte(text[i]);
            if (b < 0) {
                return false;
            }
            r = i == start ? trie.first(b) : trie.next(b);
            if (!r.hasNext() && i < end - 1) {
                return false;
            }
        }
        return r.matches();
    }

    boolean contains(String word) {
        return contains(word.toCharArray(), 0, word.length());
    }

    /** ICU's BytesDictionaryMatcher.transform. */
    private int toByte(char c) {
        if (c == '\u200D') {
            return 0xFF;
        }
        if (c == '\u200C') {
            return 0xFE;
        }
        int delta = c - codeOffset;
        return delta < 0 || delta > 0xFD ? -1 : delta;
    }
}
