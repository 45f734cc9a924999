package org.klangru.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.ArrayUtil;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * ICU has no user dictionary, so domain terms are found here: a run of consecutive tokens whose
 * normalised terms concatenate to a {@link DomainTerms} key becomes one token. Thai parts must touch; a
 * Latin or digit part may be separated from its neighbour by a little white space ({@code PMQA 4.0}).
 * Needs the flags of {@link ThaiWordTokenizer}, with no filter between that adds or removes tokens.
 *
 * <p>{@code stack} (index side): every term starting at a token, longest first, at that token's position
 * with a position length of its number of parts, then the token itself; the following parts are matched in
 * their turn, so a term inside a longer one is indexed too, and the parts still match. Otherwise the
 * longest term replaces its parts, which keeps the stream linear (segmentation output, and the input of the
 * synonym filter).
 *
 * <p>Tokens read ahead are kept as plain fields rather than captured states (a capture cloned every
 * attribute of many frequent words, a tenth of the analyzer's time): the chains this filter sits in carry
 * term, offsets, positions, type and flags, and nothing else that a token would set.
 */
final class DomainTermFilter extends TokenFilter {
    static final String TYPE_TERM = "<DOMAIN_TERM>";

    private final DomainTerms terms;
    private final boolean stack;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final FlagsAttribute flagsAtt = addAttribute(FlagsAttribute.class);

    /** One token, copied out of the attributes. */
    private static final class Tok {
        char[] term = new char[16];
        int length;
        int start;
        int end;
        int posInc;
        int posLen;
        int flags;
        String type;

        char first() {
            return term[0];
        }

        char last() {
            return term[length - 1];
        }
    }

    /** Tokens read from the input while looking for a term, not emitted yet. */
    private final List<Tok> lookahead = new ArrayList<>();
    /** Tokens to emit before reading on: shorter terms and the first part, behind the longest term. */
    private final ArrayDeque<Tok> pending = new ArrayDeque<>();
    private final ArrayDeque<Tok> free = new ArrayDeque<>();
    private final Tok first = new Tok();
    private boolean exhausted;
    private char[] key = new char[64];
    private final int[] matchTokens;
    private final int[] matchChars;

    DomainTermFilter(TokenStream in, DomainTerms terms, boolean stack) {
        super(in);
        this.terms = terms;
        this.stack = stack;
        this.matchTokens = new int[terms.maxTokens()];
        this.matchChars = new int[terms.maxTokens()];
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            Tok t = pending.poll();
            restore(t);
            free.add(t);
            return true;
        }
        if (!lookahead.isEmpty()) {
            Tok t = lookahead.remove(0);
            restore(t);
            free.add(t);
        } else if (exhausted || !input.incrementToken()) {
            exhausted = true;
            return false;
        }
        int node;
        if ((flagsAtt.getFlags() & ThaiWordTokenizer.FLAG_MARK) != 0
                || (node = terms.walk(DomainTerms.ROOT, termAtt.buffer(), termAtt.length())) < 0) {
            return true; // the common case: nothing starts here
        }
        save(first);
        int keyLength = append(0, first);
        int matches = 0; // terms starting here, shortest first
        Tok prev = first;
        for (int k = 0; k + 1 < terms.maxTokens(); k++) {
            Tok t = peek(k);
            if (t == null || !joinable(prev, t)) {
                break;
            }
            keyLength = append(keyLength, t);
            node = terms.walk(node, t.term, t.length);
            if (node < 0) {
                break;
            }
            if (terms.isKey(node)) {
                matchTokens[matches] = k + 2;
                matchChars[matches] = keyLength;
                matches++;
            }
            prev = t;
        }
        if (matches == 0) {
            restore(first);
            return true;
        }
        int longest = matchTokens[matches - 1];
        if (stack) {
            for (int m = matches - 2; m >= 0; m--) {
                pending.add(joined(matchChars[m], matchTokens[m], 0));
            }
            Tok self = copyOf(first);
            self.posInc = 0;
            pending.add(self);
            restore(joined(matchChars[matches - 1], longest, first.posInc));
        } else {
            restore(joined(matchChars[matches - 1], longest, first.posInc));
            for (int k = 0; k < longest - 1; k++) {
                free.add(lookahead.remove(0));
            }
        }
        return true;
    }

    /** The term of the key's first {@code keyLength} chars over {@code parts} tokens from {@link #first}. */
    private Tok joined(int keyLength, int parts, int posInc) {
        Tok t = copyOf(first);
        Tok last = lookahead.get(parts - 2);
        t.term = ArrayUtil.grow(t.term, keyLength);
        System.arraycopy(key, 0, t.term, 0, keyLength);
        t.length = keyLength;
        t.end = last.end;
        t.posInc = posInc;
        t.posLen = stack ? parts : 1;
        t.type = TYPE_TERM;
        return t;
    }

    private int append(int at, Tok t) {
        key = ArrayUtil.grow(key, at + t.length);
        System.arraycopy(t.term, 0, key, at, t.length);
        return at + t.length;
    }

    /** The k-th token after the current one, read from the input when needed; null at the end. */
    private Tok peek(int k) throws IOException {
        while (lookahead.size() <= k) {
            if (exhausted || !input.incrementToken()) {
                exhausted = true;
                return null;
            }
            Tok t = free.isEmpty() ? new Tok() : free.poll();
            save(t);
            lookahead.add(t);
        }
        return lookahead.get(k);
    }

    private static boolean joinable(Tok prev, Tok t) {
        if ((t.flags & ThaiWordTokenizer.FLAG_MARK) != 0 || prev.length == 0 || t.length == 0) {
            return false;
        }
        if ((t.flags & ThaiWordTokenizer.FLAG_ADJACENT) != 0) {
            return true;
        }
        // a space between Thai words is a phrase break; between PMQA and 4.0 it is not
        return (t.flags & ThaiWordTokenizer.FLAG_SPACE_GAP) != 0 && (!ThaiChars.isThai(prev.last()) || !ThaiChars.isThai(t.first()));
    }

    private void save(Tok t) {
        t.term = ArrayUtil.grow(t.term, termAtt.length());
        System.arraycopy(termAtt.buffer(), 0, t.term, 0, termAtt.length());
        t.length = termAtt.length();
        t.start = offsetAtt.startOffset();
        t.end = offsetAtt.endOffset();
        t.posInc = posIncAtt.getPositionIncrement();
        t.posLen = posLenAtt.getPositionLength();
        t.flags = flagsAtt.getFlags();
        t.type = typeAtt.type();
    }

    private Tok copyOf(Tok from) {
        Tok t = free.isEmpty() ? new Tok() : free.poll();
        t.term = ArrayUtil.grow(t.term, from.length);
        System.arraycopy(from.term, 0, t.term, 0, from.length);
        t.length = from.length;
        t.start = from.start;
        t.end = from.end;
        t.posInc = from.posInc;
        t.posLen = from.posLen;
        t.flags = from.flags;
        t.type = from.type;
        return t;
    }

    private void restore(Tok t) {
        clearAttributes();
        termAtt.copyBuffer(t.term, 0, t.length);
        offsetAtt.setOffset(t.start, t.end);
        posIncAtt.setPositionIncrement(t.posInc);
        posLenAtt.setPositionLength(t.posLen);
        flagsAtt.setFlags(t.flags);
        typeAtt.setType(t.type);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        free.addAll(lookahead);
        free.addAll(pending);
        lookahead.clear();
        pending.clear();
        exhausted = false;
    }
}
