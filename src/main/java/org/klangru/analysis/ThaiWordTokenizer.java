package org.klangru.analysis;

import org.apache.lucene.analysis.Tokenizer;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import com.ibm.icu.text.UnicodeSet;
import org.apache.lucene.analysis.icu.segmentation.DefaultICUTokenizerConfig;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.ArrayUtil;

import java.io.IOException;

/**
 * ICU word segmentation with small repairs for errors ICU makes on Thai, measured on gold-segmented text
 * (see SegmentationF1Test):
 * <ul>
 *   <li>digits and Thai letters are separate words ({@code ใน7วัน} is {@code ใน|7|วัน}; ICU glues them);</li>
 *   <li>{@code ๆ} and a final {@code ฯ} are their own tokens ({@code เร็วๆ} is {@code เร็ว|ๆ}), so the word
 *       before them is found; the search fields drop them (see the constructor);</li>
 *   <li>an abbreviation keeps its final dot and lets go of the next word ({@code กทม.มี} is {@code กทม.|มี});</li>
 *   <li>a leftover {@code ร์}, a token starting with a combining mark, or a lone consonant joins the word
 *       before it ({@code เขต|ต์} is {@code เขตต์});</li>
 *   <li>a final consonant ICU gave to an unknown word goes back to the word before ({@code ขอ|งบีบี} is
 *       {@code ของ|บีบี}), and adjacent pieces of an unknown word are one word ({@code แมคโดนัล});</li>
 *   <li>the negation {@code ไม่} and the particle {@code ก็} are split from a dictionary word ICU glued them to
 *       ({@code ไม่มี} is {@code ไม่|มี}).</li>
 * </ul>
 * The text is read whole (a field value: a passage or a title) and broken by ICU's word BreakIterator
 * with ICUTokenizer's rules (Lucene's Default.brk, ICU's Thai dictionary); like ICUTokenizer, segments
 * of spaces and punctuation are skipped, emoji kept, and a change between Thai and another script's
 * letters is a break. Going around ICUTokenizer saves its script iteration and copying, which these
 * repairs need the time of; split pieces get exact offsets through the char filter.
 *
 * <p>Each token carries flags for {@link DomainTermFilter}: whether it touches the previous token, or is
 * separated from it by white space only.
 */
final class ThaiWordTokenizer extends Tokenizer {
    static final int FLAG_ADJACENT = 1;
    static final int FLAG_SPACE_GAP = 2;
    static final int FLAG_MARK = 4;

    static final String TYPE_NUM = "<NUM>";
    static final String TYPE_MARK = "<THAI_MARK>";

    /** The longest word made of pieces ICU does not know. */
    static final int MAX_JOINED_UNKNOWN = 12;

    /** The most white space a dictionary term may span between a Latin or digit part and its neighbour. */
    static final int MAX_SPACE_GAP = 2;

    private final boolean keepMarks;
    private static final DefaultICUTokenizerConfig ICU_CONFIG = new DefaultICUTokenizerConfig(true, true);
    /** ICUTokenizer's break rules for Thai (and Latin) text: ICU's word rules with its Thai dictionary. */
    private final RuleBasedBreakIterator breaker = ICU_CONFIG.getBreakIterator(UScript.THAI);
    private final CharArrayCharacterIterator chars = new CharArrayCharacterIterator();
    private final IcuThaiWords icuWords = IcuThaiWords.get();

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final FlagsAttribute flagsAtt = addAttribute(FlagsAttribute.class);

    private char[] buf = new char[1024];
    private int len;

    // tokens of the current input, in buffer coordinates
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private String[] types = new String[64];
    private int count;
    private int next;
    private int lastEmittedEnd;

    /** @param keepMarks emit {@code ๆ} and {@code ฯ} as tokens (segmentation output) or drop them (search fields) */
    ThaiWordTokenizer(boolean keepMarks) {
        this.keepMarks = keepMarks;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        readAll();
        segment();
        next = 0;
        lastEmittedEnd = -1;
    }

    @Override
    public boolean incrementToken() {
        while (next < count) {
            int i = next++;
            int s = starts[i];
            int e = ends[i];
            boolean mark = types[i] == TYPE_MARK;
            if (mark && !keepMarks) {
                continue;
            }
            clearAttributes();
            termAtt.copyBuffer(buf, s, e - s);
            offsetAtt.setOffset(correctOffset(s), correctOffset(e));
            typeAtt.setType(types[i]);
            flagsAtt.setFlags(gapFlags(lastEmittedEnd, s) | (mark ? FLAG_MARK : 0));
            lastEmittedEnd = e;
            return true;
        }
        return false;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(len);
        offsetAtt.setOffset(finalOffset, finalOffset);
    }

    private int gapFlags(int prevEnd, int start) {
        if (prevEnd < 0) {
            return 0;
        }
        if (prevEnd == start) {
            return FLAG_ADJACENT;
        }
        if (start - prevEnd > MAX_SPACE_GAP) {
            return 0;
        }
        for (int i = prevEnd; i < start; i++) {
            if (!Character.isWhitespace(buf[i]) && !Character.isSpaceChar(buf[i])) {
                return 0;
            }
        }
        return FLAG_SPACE_GAP;
    }

    private void readAll() throws IOException {
        len = 0;
        while (true) {
            if (len == buf.length) {
                buf = ArrayUtil.grow(buf, len + 1);
            }
            int n = input.read(buf, len, buf.length - len);
            if (n < 0) {
                break;
            }
            len += n;
        }
    }

    private void ensureRoom(int n) {
        if (n > starts.length) {
            starts = ArrayUtil.grow(starts, n);
            ends = ArrayUtil.grow(ends, n);
            types = ArrayUtil.grow(types, n);
        }
    }

    private void add(int s, int e, String type) {
        ensureRoom(count + 1);
        starts[count] = s;
        ends[count] = e;
        types[count] = type;
        count++;
    }

    private void segment() throws IOException {
        count = 0;
        breaker.setText(chars.reset(buf, len));
        int s = breaker.first();
        for (int e = breaker.next(); e != BreakIterator.DONE; s = e, e = breaker.next()) {
            int status = breaker.getRuleStatus();
            String type;
            if (status == 0) {
                if (!isEmoji(s, e)) {
                    continue; // spaces and punctuation, as ICUTokenizer skips them
                }
                type = DefaultICUTokenizerConfig.WORD_EMOJI;
            } else {
                type = ICU_CONFIG.getType(UScript.THAI, status);
            }
            if (needsSplit(s, e)) {
                split(s, e, type);
            } else {
                add(s, e, type);
            }
        }
        joinFragments();
        splitParticles();
        joinLoneConsonants();
        returnFinalConsonants();
        joinUnknownPieces();
        keepAbbreviationDots();
    }

    // ICUTokenizer's emoji test (its BreakIteratorWrapper): the rules leave emoji out, ICUTokenizer keeps them
    private static final UnicodeSet EMOJI_RK = new UnicodeSet("[\u002a\u00230-9©®™〰〽]").freeze();
    private static final UnicodeSet EMOJI = new UnicodeSet("[[:Emoji:][:Extended_Pictographic:]]").freeze();

    private boolean isEmoji(int s, int e) {
        int cp = Character.codePointAt(buf, s, e);
        if (!EMOJI.contains(cp)) {
            return false;
        }
        if (!EMOJI_RK.contains(cp)) {
            return true;
        }
        int trailer = s + Character.charCount(cp); // a keycap base is emoji only with a selector or keycap after it
        return trailer < e && (buf[trailer] == '\uFE0F' || buf[trailer] == '\u20E3');
    }

    /** Only a token with ๆ or ฯ, or with Thai letters and something else, may need cutting (most are pure Thai). */
    private boolean needsSplit(int s, int e) {
        boolean thai = false;
        boolean other = false;
        for (int i = s; i < e; i++) {
            char c = buf[i];
            if (ThaiChars.isThaiLetter(c)) {
                thai = true;
            } else if (c == ThaiChars.MAI_YAMOK || c == ThaiChars.PAIYANNOI) {
                return true;
            } else {
                other = true;
            }
        }
        return thai && other;
    }

    /** Cuts one ICU token at digit/letter changes, around ๆ and a final ฯ, and after an abbreviation's dot. */
    private void split(int s, int e, String type) {
        int pieceStart = s;
        boolean startsWithPai = buf[s] == ThaiChars.PAIYANNOI; // ฯลฯ, ฯพณฯ stay whole
        int lastLetter = 0; // 1 Thai, 2 another script; digits and punctuation belong to the letters before
        for (int i = s; i < e; i++) {
            char c = buf[i];
            int letter = ThaiChars.isThaiLetter(c) ? 1 : Character.isLetter(c) && !ThaiChars.isThai(c) ? 2 : 0;
            if (c == ThaiChars.MAI_YAMOK || (c == ThaiChars.PAIYANNOI && !startsWithPai && i > s
                    && ThaiChars.isThaiLetter(buf[i - 1]))) {
                addPiece(pieceStart, i, type);
                add(i, i + 1, TYPE_MARK);
                pieceStart = i + 1;
            } else if (i > pieceStart && letter != 0 && lastLetter != 0 && letter != lastLetter) {
                int end = i; // punctuation between the scripts belongs to neither word ("รัฐ.mof.go.th")
                while (end > pieceStart && !Character.isLetterOrDigit(buf[end - 1]) && !ThaiChars.isThai(buf[end - 1])) {
                    end--;
                }
                addPiece(pieceStart, end, type);
                pieceStart = i;
            } else if (i > pieceStart && isDigitLetterChange(buf[i - 1], c)) {
                addPiece(pieceStart, i, type);
                pieceStart = i;
            } else if (c == '.' && i > pieceStart && ThaiChars.isThaiLetter(buf[i - 1]) && wordFollowsDot(i + 1, e)) {
                addPiece(pieceStart, i + 1, type);
                pieceStart = i + 1;
            }
            if (letter != 0) {
                lastLetter = letter;
            }
        }
        addPiece(pieceStart, e, type);
    }

    private void addPiece(int s, int e, String type) {
        if (e <= s) {
            return;
        }
        boolean allDigits = true;
        for (int i = s; i < e && allDigits; i++) {
            allDigits = ThaiChars.isDigit(buf[i]) || buf[i] == ',' || buf[i] == '.';
        }
        add(s, e, allDigits ? TYPE_NUM : type);
    }

    private static boolean isDigitLetterChange(char a, char b) {
        return (ThaiChars.isDigit(a) && ThaiChars.isThaiLetter(b)) || (ThaiChars.isThaiLetter(a) && ThaiChars.isDigit(b));
    }

    /**
     * After the dot of {@code กทม.} comes a word when two or more Thai letters follow up to the token's end
     * and no dot closes them ({@code ม.ค.}, {@code สป.อว.} are one abbreviation).
     */
    private boolean wordFollowsDot(int from, int tokenEnd) {
        int n = 0;
        for (int i = from; i < tokenEnd; i++) {
            if (!ThaiChars.isThaiLetter(buf[i])) {
                return false;
            }
            n++;
        }
        return n >= 2 && (tokenEnd >= len || buf[tokenEnd] != '.');
    }

    private boolean isWord(int i) {
        return types[i] != TYPE_MARK;
    }

    private boolean touchesPreviousThaiWord(int out, int i) {
        return out > 0 && isWord(out - 1) && ends[out - 1] == starts[i]
                && ThaiChars.containsThaiLetter(buf, starts[out - 1], ends[out - 1]);
    }

    /** {@code เว่อ|ร์} and tokens that begin with a combining mark are pieces of the word before them. */
    private void joinFragments() {
        int out = 0;
        for (int i = 0; i < count; i++) {
            int s = starts[i];
            int e = ends[i];
            boolean fragment = isWord(i) && (ThaiChars.isCombiningMark(buf[s])
                    || (e - s <= 3 && buf[e - 1] == ThaiChars.THANTHAKHAT && ThaiChars.isConsonant(buf[s])));
            if (fragment && touchesPreviousThaiWord(out, i)) {
                ends[out - 1] = e;
            } else {
                move(i, out++);
            }
        }
        count = out;
    }

    /** ICU's dictionary has {@code ไม่มี}, {@code ก็ได้}: gold segmentations split the particle off. */
    private void splitParticles() {
        for (int i = 0; i < count; i++) {
            if (!isWord(i)) {
                continue;
            }
            int cut = particleEnd(starts[i], ends[i]);
            if (cut > 0 && icuWords.contains(buf, cut, ends[i])) {
                insertAfter(i, cut, ends[i], types[i]);
                ends[i] = cut;
                i++;
            }
        }
    }

    private int particleEnd(int s, int e) {
        if (e - s > 3 && buf[s] == '\u0E44' && buf[s + 1] == '\u0E21' && buf[s + 2] == '\u0E48') { // ไม่
            return s + 3;
        }
        if (e - s > 2 && buf[s] == '\u0E01' && buf[s + 1] == '\u0E47') { // ก็
            return s + 2;
        }
        return -1;
    }

    /** A consonant alone is no word (an abbreviation has its dot): it belongs to a neighbour, usually the one before. */
    private void joinLoneConsonants() {
        int out = 0;
        for (int i = 0; i < count; i++) {
            int s = starts[i];
            int e = ends[i];
            boolean lone = isWord(i) && e - s == 1 && ThaiChars.isConsonant(buf[s]) && buf[s] != '\u0E13' // ณ is a word
                    && !(e < len && buf[e] == '.');
            if (lone && touchesPreviousThaiWord(out, i)) {
                ends[out - 1] = e;
            } else if (lone && i + 1 < count && isWord(i + 1) && starts[i + 1] == e
                    && ThaiChars.containsThaiLetter(buf, starts[i + 1], ends[i + 1])) {
                starts[i + 1] = s;
            } else {
                move(i, out++);
            }
        }
        count = out;
    }

    /** {@code ก.พ.ร} and {@code น} before a dot are abbreviations: the dot is part of them, as gold text has it. */
    private void keepAbbreviationDots() {
        for (int i = 0; i < count; i++) {
            int s = starts[i];
            int e = ends[i];
            if (!isWord(i) || e >= len || buf[e] != '.' || (i + 1 < count && starts[i + 1] == e)) {
                continue;
            }
            boolean abbreviation = (e - s == 1 && ThaiChars.isConsonant(buf[s]))
                    || (ThaiChars.containsThaiLetter(buf, s, e) && indexOf('.', s, e) >= 0);
            if (abbreviation) {
                ends[i] = e + 1;
            }
        }
    }

    private int indexOf(char c, int s, int e) {
        for (int i = s; i < e; i++) {
            if (buf[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Before a word ICU does not know, it often takes the previous word's final consonant for the unknown
     * word's first letter ({@code ขอ|งบีบี}, {@code มา|กอะ}): when the unknown token's first consonant
     * completes the word before it ({@code ของ}, {@code มาก}) and what is left still starts a syllable
     * (a consonant or a leading vowel), the consonant goes back.
     */
    private void returnFinalConsonants() {
        for (int i = 0; i + 1 < count; i++) {
            int as = starts[i];
            int ae = ends[i];
            int bs = starts[i + 1];
            int be = ends[i + 1];
            if (!isWord(i) || !isWord(i + 1) || ae != bs || be - bs < 2 || !ThaiChars.isConsonant(buf[bs])
                    || !startsSyllable(buf[bs + 1]) || !allThaiLetters(as, ae) || !allThaiLetters(bs, be)) {
                continue;
            }
            if (!icuWords.contains(buf, bs, be) && icuWords.contains(buf, as, ae + 1)) {
                ends[i] = ae + 1;
                starts[i + 1] = bs + 1;
            }
        }
    }

    /**
     * ICU cuts a word it does not know (a transliterated name, {@code แมค|โดนัล}) into pieces that are
     * not words either: adjacent pieces that are not in its dictionary are one word, up to
     * {@link #MAX_JOINED_UNKNOWN} characters (a run of misspellings should not become one token).
     */
    private void joinUnknownPieces() {
        int out = 0;
        boolean previousUnknown = false;
        for (int i = 0; i < count; i++) {
            int s = starts[i];
            int e = ends[i];
            boolean unknown = isWord(i) && allThaiLetters(s, e) && !icuWords.contains(buf, s, e);
            if (unknown && previousUnknown && ends[out - 1] == s && e - starts[out - 1] <= MAX_JOINED_UNKNOWN) {
                ends[out - 1] = e;
            } else {
                move(i, out++);
            }
            previousUnknown = unknown;
        }
        count = out;
    }

    private static boolean startsSyllable(char c) {
        return ThaiChars.isConsonant(c) || (c >= '\u0E40' && c <= '\u0E44'); // เ แ โ ใ ไ come first
    }

    private boolean allThaiLetters(int s, int e) {
        for (int i = s; i < e; i++) {
            if (!ThaiChars.isThaiLetter(buf[i])) {
                return false;
            }
        }
        return true;
    }

    private void move(int from, int to) {
        if (from != to) {
            starts[to] = starts[from];
            ends[to] = ends[from];
            types[to] = types[from];
        }
    }

    private void insertAfter(int i, int s, int e, String type) {
        ensureRoom(count + 1);
        System.arraycopy(starts, i + 1, starts, i + 2, count - i - 1);
        System.arraycopy(ends, i + 1, ends, i + 2, count - i - 1);
        System.arraycopy(types, i + 1, types, i + 2, count - i - 1);
        count++;
        starts[i + 1] = s;
        ends[i + 1] = e;
        types[i + 1] = type;
    }
}
