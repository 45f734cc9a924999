package org.klangru.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.klangru.index.IndexFields;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;

/**
 * Which words are so common in an index that a passage holding one of them, and no other word of the query, is
 * not worth ranking: in more than {@link #SHARE} of the passages and more than {@link #MIN_PASSAGES} of them (as
 * Lucene's CommonTermsQuery does). On the news corpus ผู้, การ and ประชุม each match a quarter of a million
 * passages; ranking all of them for a query that also names a rare word cost 100–150 ms. Headings repeat over the
 * passages of a section, so a word can be common in headings too (ข่าว, การ). Small collections have no common
 * words at all: there every word still counts.
 */
final class CommonWords {
    static final double SHARE = 0.02;
    static final long MIN_PASSAGES = 20_000;

    /** No word is common, as in any collection under {@link #MIN_PASSAGES} passages. */
    static final CommonWords NONE = new CommonWords(null, Long.MAX_VALUE);

    /** A term's document frequency: the reader's, or a whole collection's that one reader does not hold. */
    interface DocFreq {
        long of(Term term) throws IOException;
    }

    private final DocFreq docFreq;
    private final long limit;

    private CommonWords(DocFreq docFreq, long limit) {
        this.docFreq = docFreq;
        this.limit = limit;
    }

    static CommonWords of(IndexReader reader) {
        try {
            long passages = reader.docFreq(new Term(IndexFields.KIND, IndexFields.KIND_PASSAGE));
            return over(reader, Math.max(MIN_PASSAGES, (long) (passages * SHARE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same rule on statistics counted elsewhere (a SolrCloud collection's, over shards that each hold part of it).
     *
     * @param passages how many passages the collection has
     */
    static CommonWords of(long passages, DocFreq docFreq) {
        return new CommonWords(docFreq, Math.max(MIN_PASSAGES, (long) (passages * SHARE)));
    }

    /** Words in more than {@code passages} passages are common. */
    static CommonWords over(IndexReader reader, long passages) {
        return new CommonWords(reader::docFreq, passages);
    }

    /** Whether every one of {@code terms} is common in {@code field} (false for none). */
    boolean allCommon(String field, Collection<String> terms) {
        return !terms.isEmpty() && terms.stream().allMatch(t -> common(new Term(field, t)));
    }

    boolean common(Term term) {
        if (docFreq == null) {
            return false;
        }
        try {
            return docFreq.of(term) > limit;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
