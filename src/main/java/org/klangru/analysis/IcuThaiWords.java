package org.klangru.analysis;

import com.ibm.icu.util.BytesTrie;
import com.ibm.icu.util.VersionInfo;
import org.apache.lucene.analysis.CharArraySet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Membership test against the Thai word list that ICU's own BreakIterator segments with
 * ({@code brkitr/thaidict.dict} inside the ICU4J jar), read through ICU's public {@link BytesTrie}.
 *
 * <p>The segmentation rules use it to tell a real word from a fragment ICU left behind, with the very
 * dictionary that made the fragment. ICU does not expose the matcher publicly, so the file is parsed
 * here: an ICU data header, eight int32 indexes, then a byte trie whose bytes are code points minus a
 * fixed offset (U+0E00 for Thai). Its words (about 26,000) are read out once into a hash set. A missing or changed file fails loudly at class load: silently losing
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

    /**
     * The words, enumerated once from the trie, because the rules look up nearly every token and a walk
     * costs more than a hash probe: words of up to {@value #PACKED_MAX} Thai characters packed exactly into
     * a long (seven bits a character) in an open-addressing table, longer ones in a CharArraySet.
     */
    private final long[] packed;
    private final CharArraySet longWords;
    private final int size;
    static final int PACKED_MAX = 9;

    private IcuThaiWords(byte[] data, int trieOffset, int codeOffset) {
        List<String> all = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (BytesTrie.Entry e : new BytesTrie(data, trieOffset)) {
            word.setLength(0);
            for (int i = 0; i < e.bytesLength(); i++) {
                int b = e.byteAt(i) & 0xff;
                word.append(b == 0xFF ? '\u200D' : b == 0xFE ? '\u200C' : (char) (b + codeOffset)); // BytesDictionaryMatcher.transform, reversed
            }
            all.add(word.toString());
        }
        List<String> longer = new ArrayList<>();
        long[] table = new long[Integer.highestOneBit(all.size() * 4)];
        for (String w : all) {
            long key = pack(w.toCharArray(), 0, w.length());
            if (key < 0) {
                longer.add(w);
                continue;
            }
            int slot = slot(key, table.length);
            while (table[slot] != 0 && table[slot] != key) {
                slot = (slot + 1) & (table.length - 1);
            }
            table[slot] = key;
        }
        this.packed = table;
        this.longWords = CharArraySet.unmodifiableSet(new CharArraySet(longer, false));
        this.size = all.size();
    }

    /** The characters of a short Thai string as a unique non-zero long, or -1 when it does not fit. */
    static long pack(char[] text, int start, int end) {
        if (end - start > PACKED_MAX || end <= start) {
            return -1;
        }
        long key = 0;
        for (int i = start; i < end; i++) {
            int code = text[i] - '\u0E00';
            if (code <= 0 || code > 0x7F) {
                return -1;
            }
            key = (key << 7) | code;
        }
        return key;
    }

    private static int slot(long key, int tableLength) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & (tableLength - 1);
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
        long key = pack(text, start, end);
        if (key < 0) {
            return end - start > PACKED_MAX && longWords.contains(text, start, end - start);
        }
        int slot = slot(key, packed.length);
        while (packed[slot] != 0) {
            if (packed[slot] == key) {
                return true;
            }
            slot = (slot + 1) & (packed.length - 1);
        }
        return false;
    }

    boolean contains(String word) {
        return contains(word.toCharArray(), 0, word.length());
    }

    int size() {
        return size;
    }
}
