package org.klangru.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.klangru.index.IndexFields;

import java.io.IOException;

/**
 * Marks query words in passage text with {@code <mark>}, on the text analysed again with the analyzer given (the index's,
 * on both backends, so that they mark alike).
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

    /** The best fragment of a text (a passage, or a hit with its overlapping neighbours joined), HTML-escaped. */
    String highlightText(Query query, String text) throws IOException {
        UnifiedHighlighter uh = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createMinLength(new PhraseBreakIterator(), MIN_CHARS, 0.5f))
                .withMaxNoHighlightPassages(1)
                .build();
        Object out = uh.highlightWithoutSearcher(IndexFields.TEXT, query, text, MAX_PASSAGES);
        // words of one phrase, adjacent or a space apart, are one mark
        return out == null ? "" : out.toString().replace("</mark><mark>", "").replace("</mark> <mark>", " ").strip();
    }
}
