package org.klangru.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The project's dictionary of terms to keep whole ({@code domain-terms.txt}). Each entry is analyzed by the
 * plain word chain ({@link ThaiWordAnalyzer}); its key is the concatenation of the resulting terms, which is
 * what {@link DomainTermFilter} compares runs of tokens with. So an entry is written the way people write
 * it: case, Thai digits, sara am spelling and abbreviation dots do not matter.
 */
final class DomainTerms {
    static final String RESOURCE = "domain-terms.txt";

    /** Key to the parts it was analyzed into. */
    private final Map<String, List<String>> terms;
    /**
     * The keys as a character trie, walked one token at a time: node {@code n}'s children are the sorted
     * {@code labels[n]} with node numbers {@code children[n]}. A run of tokens is followed only while it
     * spells a prefix of some key, which for most tokens ends at their first character.
     */
    private final char[][] labels;
    private final int[][] children;
    private final boolean[] isKey;
    /** The root's children by character, for ASCII and Thai: most tokens stop at their first character. */
    private final int[] rootChild = new int[0x0E80];
    private final int maxTokens;

    private DomainTerms(Map<String, List<String>> terms) {
        this.terms = Collections.unmodifiableMap(terms);
        List<java.util.TreeMap<Character, Integer>> nodes = new ArrayList<>();
        List<Boolean> keyEnd = new ArrayList<>();
        nodes.add(new java.util.TreeMap<>());
        keyEnd.add(false);
        int max = 1;
        for (Map.Entry<String, List<String>> t : terms.entrySet()) {
            int n = ROOT;
            for (char c : t.getKey().toCharArray()) {
                Integer next = nodes.get(n).get(c);
                if (next == null) {
                    next = nodes.size();
                    nodes.get(n).put(c, next);
                    nodes.add(new java.util.TreeMap<>());
                    keyEnd.add(false);
                }
                n = next;
            }
            keyEnd.set(n, true);
            max = Math.max(max, t.getValue().size());
        }
        labels = new char[nodes.size()][];
        children = new int[nodes.size()][];
        isKey = new boolean[nodes.size()];
        for (int n = 0; n < nodes.size(); n++) {
            java.util.TreeMap<Character, Integer> m = nodes.get(n);
            labels[n] = new char[m.size()];
            children[n] = new int[m.size()];
            int i = 0;
            for (Map.Entry<Character, Integer> e : m.entrySet()) {
                labels[n][i] = e.getKey();
                children[n][i++] = e.getValue();
            }
            isKey[n] = keyEnd.get(n);
        }
        java.util.Arrays.fill(rootChild, -1);
        for (int i = 0; i < labels[ROOT].length; i++) {
            if (labels[ROOT][i] < rootChild.length) {
                rootChild[labels[ROOT][i]] = children[ROOT][i];
            }
        }
        // text around a term may be cut more finely than the term alone
        this.maxTokens = Math.min(2 * max, 24);
    }

    static final int ROOT = 0;

    /** The node reached from {@code node} by {@code text[0, len)}, or -1 when no key goes that way. */
    int walk(int node, char[] text, int len) {
        int i = 0;
        if (node == ROOT && len > 0 && text[0] < rootChild.length) {
            node = rootChild[text[0]];
            i = 1;
        }
        for (; i < len && node >= 0; i++) {
            char[] l = labels[node];
            int at = java.util.Arrays.binarySearch(l, text[i]);
            node = at < 0 ? -1 : children[node][at];
        }
        return node;
    }

    /** True when the walk to {@code node} spelled a whole key. */
    boolean isKey(int node) {
        return node >= 0 && isKey[node];
    }

    static DomainTerms load(Analyzer words) {
        try (InputStream in = DomainTerms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One entry per line; {@code #} starts a comment. */
    static DomainTerms parse(String text, Analyzer words) {
        Map<String, List<String>> terms = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int hash = line.indexOf('#');
                String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (entry.isEmpty()) {
                    continue;
                }
                List<String> parts = analyze(words, entry);
                if (!parts.isEmpty()) {
                    terms.putIfAbsent(String.join("", parts), parts);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DomainTerms(terms);
    }

    static List<String> analyze(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    int maxTokens() {
        return maxTokens;
    }

    /** Keys and the word-analyzer parts of each, in file order. */
    Map<String, List<String>> entries() {
        return terms;
    }
}
