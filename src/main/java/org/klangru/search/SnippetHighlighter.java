package org.klangru.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.klangru.index.IndexFields;

import java.io.IOException;

/**
 * Marks query words in passage text with {@code <mark>}, from the offsets stored in the postings.
 * Adjacent marks are fused, so a Thai phrase (written without spaces) is one mark. A fragment is about
 * {@link #MIN_CHARS}–250 characters, cut at phrase boundaries ({@link PhraseBreakIterator}).
 */
final class SnippetHighlighter {
    static final int MAX_PASSAGES = 1;
    /**
     * A snippet is at least this long (when the passage is), around the match, and ends at the next phrase
     * boundary; phrases are at most {@link PhraseBreakIterator#LONG_RUN} long, so snippets stay near 150–250.
     */
    static final int MIN_CHARS = 220;

    private final Analyzer analyzer;

    SnippetHighlighter(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * The fragment of a text that is not one passage as indexed (a hit with the text of overlapping neighbours
     * joined to it), from the text analysed again; the same marks and lengths as {@link #highlight}.
     */
    String highlightText(Query query, String text) throws IOException {
        UnifiedHighlighter uh = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createMinLength(new PhraseBreakIterator(), MIN_CHARS, 0.5f))
                .withMaxNoHighlightPassages(1)
                .build();
        Object out = uh.highlightWithoutSearcher(IndexFields.TEXT, query, text, MAX_PASSAGES);
        return out == null ? "" : out.toString().replace("</mark><mark>", "").replace("</mark> <mark>", " ").strip();
    }

    /** One highlighted fragment per hit, HTML-escaped; a hit without a match gets its opening text. */
    String[] highlight(IndexSearcher searcher, Query query, TopDocs hits) throws IOException {
        UnifiedHighlighter uh = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createMinLength(new PhraseBreakIterator(), MIN_CHARS, 0.5f))
                .withMaxNoHighlightPassages(1)
                .build();
        String[] out = uh.highlight(IndexFields.TEXT, query, hits, MAX_PASSAGES);
        for (int i = 0; i < out.length; i++) {
            // words of one phrase, adjacent or a space apart, are one mark
            out[i] = out[i] == null ? "" : out[i].replace("</mark><mark>", "").replace("</mark> <mark>", " ").strip();
        }
        return out;
    }
}
