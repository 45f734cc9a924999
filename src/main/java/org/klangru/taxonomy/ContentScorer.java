package org.klangru.taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Weighted phrase evidence per category, from the taxonomy file. A concept counts once per passage with the weight
 * of its tier; when it occurs only after the opening clause (Thai list items state their topic first, then
 * elaborate after ซึ่ง / โดย / เช่น) it counts {@code tailFactor} times, unless a short item's opening clause holds no
 * evidence: then what follows is the topic. Category names found anywhere are reported
 * separately: they are explicit mentions, not content.
 */
final class ContentScorer {

    record Concept(int category, String tier, double weight, int id, String label) {
    }

    /** A category name; {@code award} for the names of category awards ("ด้านการนำองค์การและ..."). */
    record Name(int category, String label, boolean award) {
    }

    private record Neutral() {
    }

    /** A 'together' rule: parts, each a list of alternatives. */
    private record Together(int category, List<List<String>> parts, String label, double weight) {
    }

    /** One piece of evidence that counted: the phrase as written in the taxonomy and the weight it got. */
    record Found(String phrase, String tier, double weight) {
    }

    /** Score and evidence of one category. */
    record CategoryScore(int category, double score, List<Found> found) {
    }

    /** Result for one passage. */
    record Result(Map<Integer, CategoryScore> scores, List<PhraseMatcher.Hit<?>> names) {
        double score(int category) {
            CategoryScore s = scores.get(category);
            return s == null ? 0 : s.score();
        }

        /** This result with one more piece of evidence for a category. */
        Result plus(int category, String phrase, double weight) {
            Map<Integer, CategoryScore> copy = new LinkedHashMap<>(scores);
            CategoryScore old = copy.get(category);
            List<Found> found = old == null ? new ArrayList<>() : new ArrayList<>(old.found());
            found.add(new Found(phrase, "name", weight));
            copy.put(category, new CategoryScore(category, (old == null ? 0 : old.score()) + weight, found));
            return new Result(copy, names);
        }
    }

    /** Longest compact passage read as one list item; a longer one has its opening clause cut at 120 characters. */
    private static final int SHORT_ITEM = 160;

    private final PhraseMatcher matcher = new PhraseMatcher();
    private final List<Together> together = new ArrayList<>();
    /** Finds every alternative of every part of every 'together' rule; payload {rule, part, alternative}. */
    private final PhraseMatcher togetherFinder = new PhraseMatcher();
    private final List<String> markers;
    private final double tailFactor;
    private final int window;

    ContentScorer(Taxonomy taxonomy) {
        ClassifierSettings s = taxonomy.classifier();
        this.tailFactor = s.tailFactor();
        this.window = s.togetherWindow();
        this.markers = s.elaborationMarkers().stream().map(MatchText::compactOf).filter(m -> !m.isEmpty()).toList();
        int id = 0;
        for (Category c : taxonomy.categories()) {
            List<String> awards = awardNamesOf(c);
            for (String n : namesOf(c)) {
                matcher.add(n, new Name(c.number(), n, awards.contains(n)));
            }
            Evidence e = c.evidence();
            id = addTier(c.number(), "strong", s.weights().strong(), e.strong(), id);
            id = addTier(c.number(), "medium", s.weights().medium(), e.medium(), id);
            id = addTier(c.number(), "weak", s.weights().weak(), e.weak(), id);
            for (String rule : e.together()) {
                List<List<String>> parts = new ArrayList<>();
                for (String part : rule.split("\\+")) {
                    List<String> alts = alternatives(part);
                    for (int a = 0; a < alts.size(); a++) {
                        togetherFinder.add(alts.get(a), new int[] {together.size(), parts.size(), a});
                    }
                    parts.add(alts);
                }
                together.add(new Together(c.number(), parts, rule.trim(), s.weights().together()));
            }
        }
        for (String n : s.neutralPhrases()) {
            matcher.add(n, new Neutral());
        }
    }

    /** The names that count as an explicit mention of a category when found in free text. */
    static List<String> namesOf(Category c) {
        List<String> names = new ArrayList<>();
        names.add(c.nameTh());
        names.addAll(c.variants());
        names.addAll(awardNamesOf(c));
        return names.stream().filter(n -> !n.isBlank()).distinct().toList();
    }

    /** "หมวด 4 ด้านการวิเคราะห์..." gives "ด้านการวิเคราะห์..." and "การวิเคราะห์...". */
    static List<String> awardNamesOf(Category c) {
        if (c.awardNameTh() == null) {
            return List.of();
        }
        String award = c.awardNameTh().replaceFirst("^หมวด(?:ที่)?\\s*[0-9๐-๙]\\s*", "").trim();
        List<String> out = new ArrayList<>(List.of(award));
        if (award.startsWith("ด้าน")) {
            out.add(award.substring("ด้าน".length()).trim());
        }
        return out;
    }

    private int addTier(int category, String tier, double weight, List<String> concepts, int id) {
        for (String concept : concepts) {
            List<String> alts = alternatives(concept);
            if (alts.isEmpty()) {
                continue;
            }
            Concept payload = new Concept(category, tier, weight, id++, alts.get(0));
            for (String alt : alts) {
                matcher.add(alt, payload);
            }
        }
        return id;
    }

    private static List<String> alternatives(String concept) {
        List<String> out = new ArrayList<>();
        for (String a : concept.split("\\|")) {
            if (!a.isBlank()) {
                out.add(a.trim());
            }
        }
        return out;
    }

    /**
     * Where the opening clause of a compact passage ends: at the first elaboration marker after a few characters,
     * else after 120 characters for long passages, else at the end.
     */
    int headEnd(String compact) {
        int end = compact.length() > SHORT_ITEM ? 120 : compact.length();
        for (String m : markers) {
            int i = compact.indexOf(m, 8);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return end;
    }

    Result score(String compact) {
        List<PhraseMatcher.Hit<?>> hits = matcher.find(compact);
        int opening = headEnd(compact);
        // the discount is for evidence that elaborates a topic the opening clause named; when a list item's opening
        // clause names none ("การบริหารจัดการอย่างมีประสิทธิภาพ โดยกำหนดให้มีคู่มือ..."), the rest is the topic
        boolean topicOpens = hits.stream().anyMatch(h -> h.entry().payload() instanceof Concept && h.start() < opening);
        int headEnd = compact.length() <= SHORT_ITEM && !topicOpens ? compact.length() : opening;
        Map<Integer, Map<Integer, Double>> best = new LinkedHashMap<>();
        Map<Integer, Concept> concepts = new LinkedHashMap<>();
        List<PhraseMatcher.Hit<?>> names = new ArrayList<>();
        Map<Integer, String> shown = new LinkedHashMap<>();
        for (PhraseMatcher.Hit<?> h : hits) {
            Object p = h.entry().payload();
            if (p instanceof Name) {
                names.add(h);
            } else if (p instanceof Concept c) {
                double factor = h.start() < headEnd ? 1.0 : tailFactor;
                Map<Integer, Double> perCat = best.computeIfAbsent(c.category(), k -> new LinkedHashMap<>());
                Double old = perCat.get(c.id());
                if (old == null || factor * c.weight() > old) {
                    perCat.put(c.id(), factor * c.weight());
                    shown.put(c.id(), h.entry().display());
                }
                concepts.put(c.id(), c);
            }
        }
        Map<Integer, CategoryScore> scores = new LinkedHashMap<>();
        for (Map.Entry<Integer, Map<Integer, Double>> e : best.entrySet()) {
            List<Found> found = new ArrayList<>();
            double sum = 0;
            for (Map.Entry<Integer, Double> c : e.getValue().entrySet()) {
                sum += c.getValue();
                found.add(new Found(shown.get(c.getKey()), concepts.get(c.getKey()).tier(), c.getValue()));
            }
            scores.put(e.getKey(), new CategoryScore(e.getKey(), sum, found));
        }
        List<PhraseMatcher.Hit<?>> parts = togetherFinder.all(compact);
        for (int r = 0; r < together.size(); r++) {
            Together t = together.get(r);
            Found hit = together(parts, r, t, headEnd);
            if (hit == null) {
                continue;
            }
            CategoryScore old = scores.get(t.category());
            List<Found> found = old == null ? new ArrayList<>() : new ArrayList<>(old.found());
            found.add(hit);
            scores.put(t.category(), new CategoryScore(t.category(), (old == null ? 0 : old.score()) + hit.weight(),
                    found));
        }
        return new Result(scores, names);
    }

    /**
     * A 'together' rule holds when one occurrence of every part starts within {@code window} characters of the
     * first part's occurrence (one clause: "ผู้บริหารไม่ให้ความสำคัญ", not words a paragraph apart).
     */
    private Found together(List<PhraseMatcher.Hit<?>> hits, int rule, Together t, int headEnd) {
        List<List<int[]>> occurrences = new ArrayList<>();
        for (int k = 0; k < t.parts().size(); k++) {
            occurrences.add(new ArrayList<>());
        }
        for (PhraseMatcher.Hit<?> h : hits) {
            int[] pa = (int[]) h.entry().payload();
            if (pa[0] == rule) {
                occurrences.get(pa[1]).add(new int[] {h.start(), pa[2]});
            }
        }
        for (List<int[]> occ : occurrences) {
            if (occ.isEmpty()) {
                return null;
            }
        }
        for (int[] anchor : occurrences.get(0)) {
            List<String> matched = new ArrayList<>();
            matched.add(t.parts().get(0).get(anchor[1]));
            int first = anchor[0];
            boolean all = true;
            for (int k = 1; k < occurrences.size(); k++) {
                List<int[]> occ = occurrences.get(k);
                int[] near = null;
                for (int[] o : occ) {
                    if (Math.abs(o[0] - anchor[0]) <= window && (near == null
                            || Math.abs(o[0] - anchor[0]) < Math.abs(near[0] - anchor[0]))) {
                        near = o;
                    }
                }
                if (near == null) {
                    all = false;
                    break;
                }
                first = Math.min(first, near[0]);
                matched.add(t.parts().get(k).get(near[1]));
            }
            if (all) {
                double w = (first < headEnd ? 1.0 : tailFactor) * t.weight();
                return new Found(String.join(" + ", matched), "together", w);
            }
        }
        return null;
    }

    static String describe(CategoryScore s) {
        StringBuilder b = new StringBuilder();
        for (Found f : s.found()) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append('"').append(f.phrase()).append("\" ").append(String.format(Locale.ROOT, "%.1f", f.weight()));
        }
        return b.toString();
    }
}
