package org.klangru.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.klangru.analysis.AnalyzerChoice;
import org.klangru.analysis.Equivalent;
import org.klangru.analysis.EquivalentsFile;
import org.klangru.index.LearnedEquivalents;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The Lucene query of a request, built exactly as {@link SnippetSearcher#search} builds it (the same
 * {@link QueryBuilder}, {@link CommonWords} and learned equivalents of the given reader), for a search engine that
 * runs it elsewhere: the {@code klangru} query parser inside Solr builds its query here, on each shard's reader, so
 * that a ranking change lands in both backends at once. Thread-safe.
 */
public final class SearchQueries {
    /** Which passages a query's words select: those with every word (tried first), or those with any. */
    public enum Words { ALL, ANY }

    /** Which of the built queries: see {@link #build}. */
    public enum Part {
        /** The scoring part without filters: also what the highlighter marks. */
        RELEVANCE,
        /** Relevance with phrases, exclusions and filters: what ranks the hits. */
        FULL,
        /** The same hits as {@link #FULL} without the clauses that only rank them: what counts them. */
        MATCHING
    }

    private final QueryBuilder queries;
    private final CollectionEquivalents equivalents;

    /** Klangru's analysis, the learned equivalents without corrections. */
    public SearchQueries() {
        this(AnalyzerChoice.KLANGRU, EquivalentsFile.NONE);
    }

    /** @param corrections the KM officer's corrections to the equivalents the collection defines */
    public SearchQueries(AnalyzerChoice analysis, EquivalentsFile corrections) {
        this.queries = new QueryBuilder(analysis);
        this.equivalents = new CollectionEquivalents(analysis, corrections);
    }

    /**
     * @param reader the index the query runs on: its common words and the equivalents its documents define shape the
     *               query
     */
    public Query build(SearchRequest request, Words words, IndexReader reader, Part part) throws IOException {
        return build(request, words, reader, part, null);
    }

    /**
     * @param learned the equivalents the collection's documents define, with how many documents define each
     *                ({@link LearnedEquivalents#read}'s map, counted over the whole collection); null: read them from
     *                {@code reader}
     */
    public Query build(SearchRequest request, Words words, IndexReader reader, Part part, Map<Equivalent, Integer> learned)
            throws IOException {
        return build(request, words, reader, part, learned, null);
    }

    /**
     * A collection's statistics where one reader holds only part of it (a SolrCloud shard): which words are too
     * common to make a hit alone ({@link CommonWords}) is decided on the whole collection's counts.
     */
    public interface Statistics {
        /** How many passage records the collection has. */
        long passages() throws IOException;

        /** How many records of the collection hold {@code term}. */
        long docFreq(Term term) throws IOException;
    }

    /**
     * @param statistics the whole collection's counts; null: {@code reader}'s
     */
    public Query build(SearchRequest request, Words words, IndexReader reader, Part part, Map<Equivalent, Integer> learned,
                       Statistics statistics) throws IOException {
        CommonWords common = statistics == null ? CommonWords.of(reader)
                : CommonWords.of(statistics.passages(), statistics::docFreq);
        Analyzer paths = (learned == null ? equivalents.of(reader) : equivalents.of(learned)).forQuery(request.query());
        QueryBuilder.Built built = queries.build(request, QueryBuilder.Words.valueOf(words.name()), common, paths);
        return switch (part) {
            case RELEVANCE -> built.relevance();
            case FULL -> built.full();
            case MATCHING -> built.matching();
        };
    }

    /** The request's query words as the word field has them; empty in browse mode (or for punctuation alone). */
    public List<String> terms(SearchRequest request) {
        return queries.terms(request);
    }
}
