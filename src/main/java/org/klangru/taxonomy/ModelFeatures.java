package org.klangru.taxonomy;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the category model reads in a passage: its ICU words and the pairs of adjacent words (so that "แผน|ปฏิบัติ"
 * differs from "แผน" and "ปฏิบัติ" apart), each counted once, and how strongly the taxonomy's own evidence phrases
 * point at each category ({@code kw4=2}: score band 2 of หมวด 4), and the words of the document's title ({@code t=}),
 * since a news item's title tells what its paragraphs are about ("วันจัดการความรู้" above a speaker's paragraph).
 * Numbers become one word: a year or a count says nothing about a category. Thread-safe.
 */
final class ModelFeatures {
    /** Part of the model's version: bump it when the features change, as the model must then be trained again. */
    static final int VERSION = 2;
    private static final ULocale THAI = new ULocale("th");
    /** ICU word breakers are not thread-safe and costly to make: one per thread. */
    private static final ThreadLocal<BreakIterator> WORDS =
            ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(THAI));
    /** Word prefix, pair prefix, keyword-band prefix. */
    static final String WORD = "w=";
    static final String PAIR = "p=";
    static final String KEYWORD = "kw";
    static final String TITLE = "t=";
    /** Present in every passage: the model's intercept, so that a passage with little to read gets the base rate. */
    static final String BIAS = "bias";

    /** The taxonomy's evidence, or null for a model of words alone. */
    private final ContentScorer content;

    ModelFeatures(ContentScorer content) {
        this.content = content;
    }

    /** The features of a passage's text and its document's title, without repeats, in first-seen order. */
    String[] of(String text, String title) {
        String normalized = MatchText.normalize(text);
        return of(normalized, evidence(normalized), title);
    }

    /** The taxonomy's evidence in a normalised text, or null for a model of words alone. */
    ContentScorer.Result evidence(String normalized) {
        return content == null ? null : content.score(MatchText.compact(normalized));
    }

    /**
     * The same, for a text already {@link MatchText#normalize normalised} whose evidence scores the classifier has
     * computed (scoring twice would cost a tenth of labelling).
     */
    String[] of(String normalized, ContentScorer.Result evidence, String title) {
        Set<String> out = new LinkedHashSet<>();
        out.add(BIAS);
        if (title != null && !title.isBlank()) {
            for (String w : words(MatchText.normalize(title))) {
                out.add(TITLE + w);
            }
        }
        String previous = null;
        for (String w : words(normalized)) {
            out.add(WORD + w);
            if (previous != null) {
                out.add(PAIR + previous + "_" + w);
            }
            previous = w;
        }
        if (content != null) {
            for (ContentScorer.CategoryScore s : evidence.scores().values()) {
                out.add(KEYWORD + s.category() + "=" + band(s.score()));
            }
        }
        return out.toArray(String[]::new);
    }

    /**
     * The ids in {@code weights} of the same features as {@link #of(String, ContentScorer.Result, String)}, in the
     * same order, without the features no model knows (they weigh nothing) and without building the feature set:
     * what labelling reads. The title's features are made once per document, not once per passage.
     */
    int[] known(String normalized, ContentScorer.Result evidence, String title, ModelWeights weights,
                Scratch scratch) {
        scratch.start(weights.size());
        scratch.add(weights.id(BIAS));
        for (int id : scratch.titleIds(title, weights)) {
            scratch.add(id);
        }
        StringBuilder pair = scratch.pair;
        String previous = null;
        for (String w : words(normalized)) {
            scratch.add(weights.id(WORD + w));
            if (previous != null) {
                pair.setLength(0);
                pair.append(PAIR).append(previous).append('_').append(w);
                scratch.add(weights.id(pair.toString()));
            }
            previous = w;
        }
        if (content != null) {
            for (ContentScorer.CategoryScore s : evidence.scores().values()) {
                scratch.add(weights.id(KEYWORD + s.category() + "=" + band(s.score())));
            }
        }
        return scratch.ids();
    }

    /** One thread's working memory for {@link #known}: the ids seen in the current passage, the last title's ids. */
    static final class Scratch {
        private int[] seen = new int[0];
        private int stamp;
        private int[] ids = new int[256];
        private int count;
        private final StringBuilder pair = new StringBuilder(64);
        private String title;
        private ModelWeights titleWeights;
        private int[] titleIds;

        private void start(int features) {
            if (seen.length != features) {
                seen = new int[features];
                stamp = 0;
            }
            if (++stamp == Integer.MAX_VALUE) {
                java.util.Arrays.fill(seen, 0);
                stamp = 1;
            }
            count = 0;
        }

        /** Keeps a known feature the first time it is seen in the passage (OpenNLP reads a feature set). */
        private void add(int id) {
            if (id < 0 || seen[id] == stamp) {
                return;
            }
            seen[id] = stamp;
            if (count == ids.length) {
                ids = java.util.Arrays.copyOf(ids, count * 2);
            }
            ids[count++] = id;
        }

        private int[] ids() {
            return java.util.Arrays.copyOf(ids, count);
        }

        /** The known title features of a document, remembered while its passages are labelled. */
        private int[] titleIds(String t, ModelWeights weights) {
            if (t == null || t.isBlank()) {
                return new int[0];
            }
            if (!t.equals(title) || weights != titleWeights) {
                List<Integer> out = new ArrayList<>();
                for (String w : words(MatchText.normalize(t))) {
                    int id = weights.id(TITLE + w);
                    if (id >= 0 && !out.contains(id)) {
                        out.add(id);
                    }
                }
                titleIds = out.stream().mapToInt(Integer::intValue).toArray();
                title = t;
                titleWeights = weights;
            }
            return titleIds;
        }
    }

    /** Score bands of the taxonomy's evidence: below one medium concept, one, two, three or more. */
    private static int band(double score) {
        return score < 1 ? 0 : score < 2 ? 1 : score < 3 ? 2 : 3;
    }

    /** The words of a normalised text: letters and digits only, ASCII lower-cased, numbers as {@code #}. */
    static List<String> words(String normalized) {
        List<String> out = new ArrayList<>();
        BreakIterator it = WORDS.get();
        it.setText(normalized);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            if (it.getRuleStatus() == BreakIterator.WORD_NONE) {
                continue; // spaces and punctuation
            }
            String w = normalized.substring(start, end);
            out.add(it.getRuleStatus() >= BreakIterator.WORD_NUMBER && it.getRuleStatus() < BreakIterator.WORD_NUMBER_LIMIT
                    ? "#" : w.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** The word a feature stands for, as a reader would see it ("แผน ปฏิบัติ" for a pair); null for keyword bands. */
    static String display(String feature) {
        if (feature.startsWith(WORD)) {
            return feature.substring(WORD.length());
        }
        if (feature.startsWith(PAIR)) {
            return feature.substring(PAIR.length()).replace('_', ' ');
        }
        return null;
    }
}
