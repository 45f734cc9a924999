package org.klangru.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Word-segmentation scores against a gold file of {@code |}-joined tokens (../shared/eval/segmentation),
 * as its SOURCES.md reports them (these definitions reproduce its ICUTokenizer figures exactly):
 * <ul>
 *   <li>word-F1: a token is a character span; over tokens that contain a Thai character, a predicted span
 *       is right when gold has the same span;</li>
 *   <li>boundary-F1: over the positions between two Thai characters, a position is a boundary when a token
 *       starts or ends there.</li>
 * </ul>
 * A segmenter's tokens are strings found in order in the line, so spaces and punctuation may be dropped.
 */
final class SegmentationScorer {
    private SegmentationScorer() {}

    record Scores(double boundaryF1, double wordF1, int lines) {}

    static Scores score(Path goldFile, Function<String, List<String>> segmenter) throws IOException {
        long goldWords = 0, predWords = 0, rightWords = 0, goldBounds = 0, predBounds = 0, rightBounds = 0;
        int lines = 0;
        for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) {
            if (line.isEmpty()) {
                continue;
            }
            lines++;
            StringBuilder raw = new StringBuilder();
            List<int[]> gold = new ArrayList<>();
            for (String tok : line.split("\\|", -1)) {
                int s = raw.length();
                raw.append(tok);
                if (!tok.isEmpty()) {
                    gold.add(new int[] {s, raw.length()});
                }
            }
            String text = raw.toString();
            List<int[]> pred = spans(text, segmenter.apply(text));
            Set<Long> g = words(text, gold);
            Set<Long> p = words(text, pred);
            goldWords += g.size();
            predWords += p.size();
            rightWords += p.stream().filter(g::contains).count();
            Set<Integer> gb = boundaries(text, gold);
            Set<Integer> pb = boundaries(text, pred);
            goldBounds += gb.size();
            predBounds += pb.size();
            rightBounds += pb.stream().filter(gb::contains).count();
        }
        return new Scores(f1(rightBounds, predBounds, goldBounds), f1(rightWords, predWords, goldWords), lines);
    }

    /** Where each token is in the line, searching forward from the previous one. */
    static List<int[]> spans(String text, List<String> tokens) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        for (String t : tokens) {
            int at = text.indexOf(t, from);
            if (at < 0) {
                throw new IllegalStateException("token '" + t + "' not found in order in: " + text);
            }
            out.add(new int[] {at, at + t.length()});
            from = at + t.length();
        }
        return out;
    }

    private static Set<Long> words(String text, List<int[]> spans) {
        Set<Long> out = new HashSet<>();
        for (int[] s : spans) {
            if (containsThai(text, s[0], s[1])) {
                out.add(((long) s[0] << 32) | s[1]);
            }
        }
        return out;
    }

    private static Set<Integer> boundaries(String text, List<int[]> spans) {
        Set<Integer> out = new HashSet<>();
        for (int[] s : spans) {
            for (int p : s) {
                if (p > 0 && p < text.length() && ThaiChars.isThai(text.charAt(p - 1)) && ThaiChars.isThai(text.charAt(p))) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static boolean containsThai(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            if (ThaiChars.isThai(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static double f1(long right, long predicted, long gold) {
        double p = predicted == 0 ? 0 : (double) right / predicted;
        double r = gold == 0 ? 0 : (double) right / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
