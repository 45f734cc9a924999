package org.klangru.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.klangru.index.IndexFields;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Marks query words in passage text with {@code <mark>}, from the offsets stored in the postings.
 * Adjacent marks are fused, so a Thai phrase (written without spaces) is one mark.
 */
final class SnippetHighlighter {
    static final int MAX_PASSAGES = 1;
    private static final Locale THAI = Locale.forLanguageTag("th");

    private final Analyzer analyzer;

    SnippetHighlighter(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** One highlighted fragment per hit, HTML-escaped; a hit without a match gets its opening text. */
    String[] highlight(IndexSearcher searcher, Query query, TopDocs hits) throws IOException {
        UnifiedHighlighter uh = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withBreakIterator(() -> BreakIterator.getSentenceInstance(THAI))
                .withMaxNoHighlightPassages(1)
                .build();
        String[] out = uh.highlight(IndexFields.TEXT, query, hits, MAX_PASSAGES);
        for (int i = 0; i < out.length; i++) {
            out[i] = out[i] == null ? "" : out[i].replace("</mark><mark>", "").strip();
        }
        return out;
    }
}
