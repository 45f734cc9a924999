package org.klangru.search;

import io.micronaut.serde.annotation.Serdeable;
import org.klangru.analysis.Equivalent;
import org.klangru.analysis.EquivalentsFile;
import org.klangru.text.MatchKey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The equivalents a query may use: those the collection defines (with how many documents define each and how
 * sure that makes it) and those of the corrections file, without the pairs it removes.
 *
 * <p>A short form written with several lead-ins ("…การรับรองศูนย์ราชการสะดวก (GECC)", "ศูนย์ราชการสะดวก (GECC)")
 * counts every document for the shortest of them that the others end with. Confidence is the share of the
 * documents defining a short form that give it this long form; a query uses a learned pair from
 * {@link #MIN_CONFIDENCE}, and no more than {@link #MAX_PER_FORM} long forms for one short form.
 */
final class EquivalentTable {
    static final double MIN_CONFIDENCE = 0.3;
    static final int MAX_PER_FORM = 3;
    /**
     * A pair with an English side is used once this many documents define it: where its Thai side begins is a guess
     * (a Thai abbreviation has to spell its name, so one document is enough for it).
     */
    static final int MIN_DOCUMENTS_LATIN = 2;

    /** One row of {@code /api/equivalents}. */
    @Serdeable
    record Row(Equivalent pair, int documents, double confidence, String source) {
        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("short", pair.shortForm());
            m.put("long", pair.longForm());
            m.put("kind", pair.kind().label());
            m.put("documents", documents);
            m.put("confidence", Math.round(confidence * 100) / 100.0);
            m.put("source", source);
            return m;
        }
    }

    private final List<Row> rows;
    private final List<Row> used;
    private final List<String[]> usedKeys;
    /** The used rows by the key of each of their sides. */
    private final FormLookup<Integer> usedBySide = new FormLookup<>();

    private EquivalentTable(List<Row> rows) {
        this.rows = rows;
        Map<String, Integer> perShort = new HashMap<>();
        List<Row> use = new ArrayList<>();
        for (Row r : rows) { // rows are sorted: file first, then most documents first
            boolean fromFile = "file".equals(r.source());
            if (!fromFile && (r.confidence() < MIN_CONFIDENCE || !thaiAbbreviation(r.pair()) && r.documents() < MIN_DOCUMENTS_LATIN)) {
                continue;
            }
            int n = perShort.merge(r.pair().kind() + "|" + MatchKey.of(r.pair().shortForm()), 1, Integer::sum);
            if (fromFile || n <= MAX_PER_FORM) {
                use.add(r);
            }
        }
        this.used = List.copyOf(use);
        this.usedKeys = used.stream().map(r -> new String[] {key(r.pair().shortForm()), key(r.pair().longForm())}).toList();
        for (int i = 0; i < usedKeys.size(); i++) {
            for (String side : usedKeys.get(i)) {
                usedBySide.add(side, i);
            }
        }
    }

    static EquivalentTable of(Map<Equivalent, Integer> learned, EquivalentsFile file) {
        Map<Equivalent, Integer> merged = foldLeadIns(learned);
        Set<Equivalent> removed = new HashSet<>(file.removed());
        Map<String, Integer> perShort = new HashMap<>();
        merged.forEach((e, n) -> perShort.merge(shortKey(e), n, Integer::sum));
        List<Row> rows = new ArrayList<>();
        Set<Equivalent> added = new HashSet<>(file.added());
        for (Equivalent e : file.added()) {
            rows.add(new Row(e, merged.getOrDefault(e, 0), 1.0, "file"));
        }
        merged.forEach((e, n) -> {
            if (!removed.contains(e) && !added.contains(e)) {
                rows.add(new Row(e, n, n / (double) perShort.get(shortKey(e)), "learned"));
            }
        });
        Map<Row, String> keys = new HashMap<>(); // made once: building a pair's key at each comparison was most of the sort
        rows.forEach(r -> keys.put(r, r.pair().key()));
        rows.sort(Comparator.comparing((Row r) -> !"file".equals(r.source()))
                .thenComparing(Row::documents, Comparator.reverseOrder())
                .thenComparing(keys::get));
        return new EquivalentTable(List.copyOf(rows));
    }

    /**
     * The learned pairs that can shape a query's table: every pair of each short form of which some pair has a side in
     * the query (a short form's pairs share its confidence). {@link EquivalentTable#of} on them gives the query the
     * same pairs as on the whole collection's, in a request of a few pairs instead of thousands (the SolrCloud search
     * sends them). Built once per state of the collection: each query then looks up its own pieces, not every pair.
     */
    static final class Touching {
        private final Map<Equivalent, Integer> learned;
        private final FormLookup<String> shortFormsBySide = new FormLookup<>();
        private final Map<String, List<Equivalent>> pairsByShortForm = new HashMap<>();

        Touching(Map<Equivalent, Integer> learned) {
            this.learned = learned;
            for (Equivalent e : learned.keySet()) {
                String shortForm = shortKey(e);
                pairsByShortForm.computeIfAbsent(shortForm, k -> new ArrayList<>(1)).add(e);
                shortFormsBySide.add(key(e.shortForm()), shortForm);
                shortFormsBySide.add(key(e.longForm()), shortForm);
            }
        }

        Map<Equivalent, Integer> of(String query) {
            Map<Equivalent, Integer> out = new HashMap<>();
            for (String shortForm : new HashSet<>(shortFormsBySide.in(query))) {
                pairsByShortForm.get(shortForm).forEach(e -> out.put(e, learned.get(e)));
            }
            return out;
        }
    }

    /** Pairs whose long form ends with the long form of another pair of the same short form count for that one. */
    private static Map<Equivalent, Integer> foldLeadIns(Map<Equivalent, Integer> learned) {
        Map<String, List<Equivalent>> byShort = new HashMap<>();
        learned.keySet().forEach(e -> byShort.computeIfAbsent(shortKey(e), k -> new ArrayList<>()).add(e));
        Map<Equivalent, Integer> out = new HashMap<>();
        for (List<Equivalent> group : byShort.values()) {
            group.sort(Comparator.comparingInt(e -> e.longForm().length()));
            for (int i = 0; i < group.size(); i++) {
                Equivalent e = group.get(i);
                Equivalent into = e;
                for (int j = 0; j < i; j++) {
                    Equivalent shorter = group.get(j);
                    if (e.longForm().endsWith(shorter.longForm())) {
                        into = shorter;
                        break;
                    }
                }
                out.merge(into, learned.get(e), Integer::sum);
            }
        }
        return out;
    }

    private static boolean thaiAbbreviation(Equivalent e) {
        return e.kind() == Equivalent.Kind.ABBREVIATION && e.shortForm().chars().anyMatch(c -> c >= 0x0E01 && c <= 0x0E2E);
    }

    private static String shortKey(Equivalent e) {
        return e.kind() + "|" + MatchKey.of(e.shortForm());
    }

    private static String key(String form) {
        return FormKey.key(form);
    }

    List<Row> rows() {
        return rows;
    }

    /** The pairs a query uses, as (short, long) sides for the analyzer. */
    List<Map.Entry<String, String>> usedPairs() {
        return used.stream().map(r -> Map.entry(r.pair().shortForm(), r.pair().longForm())).toList();
    }

    /** Rows with a side that contains {@code text} or is contained in it (white space, dots, case ignored). */
    List<Row> matching(String text) {
        FormKey q = FormKey.of(text);
        if (q.isEmpty()) {
            return List.of();
        }
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            String s = key(r.pair().shortForm());
            String l = key(r.pair().longForm());
            if (q.isIn(r.pair().shortForm()) || q.isIn(r.pair().longForm()) || q.holds(s) || q.holds(l)) {
                out.add(r);
            }
        }
        return out;
    }

    /** The used pairs of which a query holds one side: what {@code why} can name. */
    List<Row> inQuery(String query) {
        return sidesIn(query).keySet().stream().map(used::get).toList();
    }

    /** For each used row with a side in the query, in table order: whether both of its sides are. */
    private Map<Integer, Boolean> sidesIn(String query) {
        Map<Integer, Boolean> rows = new TreeMap<>();
        for (int i : usedBySide.in(query)) {
            rows.merge(i, false, (a, b) -> true); // found a second time: by its other side
        }
        rows.replaceAll((i, twice) -> twice || usedKeys.get(i)[0].equals(usedKeys.get(i)[1]));
        return rows;
    }

    /** Whether the query holds both sides of a used pair. */
    boolean bothSidesIn(String query) {
        return sidesIn(query).containsValue(true);
    }

    /** Adds to the hit's reasons the pairs of {@code inQuery} that found it ({@link #namedIn}), if any. */
    static SearchHit withNamed(SearchHit hit, List<Row> inQuery, String query) {
        List<String> named = namedIn(inQuery, query, hit.text());
        if (!named.isEmpty()) {
            hit.why().put("equivalents", named); // the pair that found this passage
        }
        return hit;
    }

    /** "ธอส. = ธนาคารอาคารสงเคราะห์" for each of {@code inQuery} whose other side the passage holds. */
    static List<String> namedIn(List<Row> inQuery, String query, String passage) {
        if (inQuery.isEmpty()) {
            return List.of();
        }
        FormKey q = FormKey.of(query);
        FormKey p = FormKey.of(passage);
        List<String> out = new ArrayList<>();
        for (Row r : inQuery) {
            String s = key(r.pair().shortForm());
            String l = key(r.pair().longForm());
            boolean shortTyped = q.holds(s);
            String other = shortTyped ? l : s;
            if (p.holds(other) && !q.holds(other)) {
                out.add(shortTyped ? r.pair().shortForm() + " = " + r.pair().longForm()
                        : r.pair().longForm() + " = " + r.pair().shortForm());
            }
        }
        return out;
    }
}
