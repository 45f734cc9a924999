package org.klangru.evidence;

import org.klangru.taxonomy.CategoryModel;
import org.klangru.evidence.EvidencePack.Citation;
import org.klangru.evidence.EvidencePack.Coverage;
import org.klangru.evidence.EvidencePack.CoverageRow;
import org.klangru.evidence.EvidencePack.Quotation;
import org.klangru.evidence.EvidencePack.Strength;
import org.klangru.index.PassageIndex;
import org.klangru.index.PassageRecord;
import org.klangru.search.DocumentBrowser;
import org.klangru.search.LabelReasons;
import org.klangru.text.MatchKey;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the evidence of each section of a plan in the index.
 *
 * <p>Candidates: passages labelled with the section's activity code (in the section's edition, or with no edition
 * given), for each of the section's concepts the best {@value #CANDIDATES_PER_QUERY} passages of the section's
 * category, and for each key concept the best {@value #CANDIDATES_OUTSIDE} of the whole index (the classifier leaves
 * many passages unlabelled). A candidate's weight says how directly it
 * speaks to the section: the code label {@value #CODE_WEIGHT}, each key concept in its text {@value #KEY_WEIGHT} (up
 * to three), in its innermost heading {@value #HEADING_WEIGHT}, each other concept in its text {@value #OTHER_WEIGHT}
 * (up to two).
 *
 * <p>A passage of the category (labelled with it; or without any label, in a document whose labelled passages are
 * mostly, at least {@value #DOCUMENT_SHARE}, of the category) counts when
 * the code label is there, a key concept is in its text or innermost heading, or two other concepts are in its text.
 * The classifier labels cautiously, so a passage outside the category still counts when it speaks directly, with a
 * weight of at least {@value #OUTSIDE_WEIGHT} (two key concepts, or one with two other ones), unless the section
 * takes passages of its category only (change management: its words are everyday words). Its score,
 * weight × (0.5 + best-practice score), ranks the quotations. Near-identical passages (the same text in two files)
 * fold into the first.
 *
 * <p>A section's evidence is strong when at least {@value #STRONG_DOCUMENTS} documents support it and one passage
 * weighs at least {@value #STRONG_WEIGHT}; partial when anything supports it; none otherwise.
 */
public final class EvidenceCollector {
    static final int CANDIDATES_PER_QUERY = 100;
    /** Candidates per key concept from outside the category. */
    static final int CANDIDATES_OUTSIDE = 50;
    /** Code-labelled passages read per section at most, best practices first. */
    static final int CODE_LIMIT = 500;
    static final double CODE_WEIGHT = 2.0;
    static final double KEY_WEIGHT = 1.0;
    static final double HEADING_WEIGHT = 0.5;
    static final double OTHER_WEIGHT = 0.5;
    static final int KEYS_COUNTED = 3;
    static final int HEADINGS_COUNTED = 2;
    static final int OTHERS_COUNTED = 2;
    /** Weight a passage outside the category needs to count. */
    static final double OUTSIDE_WEIGHT = 2.0;
    /** Share of a document's labelled passages that must carry the category for its unlabelled ones to count in it. */
    static final double DOCUMENT_SHARE = 0.5;
    static final int STRONG_DOCUMENTS = 2;
    static final double STRONG_WEIGHT = 2.0;

    static final String RULE = "หลักฐานชัดเจน: พบในเอกสารอย่างน้อย " + STRONG_DOCUMENTS + " ฉบับ และมีข้อความที่ตรงประเด็นชัด"
            + " (ระบุรหัสกิจกรรม หรือพบวลีหลักอย่างน้อย 2 วลี); หลักฐานบางส่วน: พบแต่ยังไม่ถึงเกณฑ์นี้; ไม่พบหลักฐาน: ไม่พบข้อความใดเลย"
            + " (strong: at least " + STRONG_DOCUMENTS + " documents and one passage that names the code or two key"
            + " phrases; partial: some evidence below that; none: nothing found)";

    private final EvidenceSearch search;
    private final DocumentBrowser browser;

    public EvidenceCollector(PassageIndex store) {
        this.search = new EvidenceSearch(store);
        this.browser = new DocumentBrowser(store);
    }

    public EvidencePack collect(EvidencePlan plan, EvidenceRequest request) throws IOException {
        return collect(plan, request, null);
    }

    /**
     * A pack from chosen passages only (a collection's): they are the candidates of every section, scored as usual,
     * and count without the category rule (someone chose them, and the classifier labels cautiously).
     *
     * @param chosen passage ids; null means the whole index
     */
    public EvidencePack collect(EvidencePlan plan, EvidenceRequest request, Collection<String> chosen) throws IOException {
        List<EvidenceSearch.Hit> chosenHits = chosen == null ? null : hits(chosen);
        Map<String, DocumentFacts> documents = new HashMap<>();
        List<EvidencePack.Group> groups = new ArrayList<>();
        List<CoverageRow> rows = new ArrayList<>();
        for (EvidencePlan.Group g : plan.groups()) {
            List<EvidencePack.Section> sections = new ArrayList<>();
            for (EvidencePlan.Section s : g.sections()) {
                EvidencePack.Section found = collect(s, request, documents, chosenHits);
                sections.add(found);
                rows.add(new CoverageRow(s.id(), g.id(), s.label(), s.titleTh(), s.depth(), found.passages(),
                        found.documents(), found.quotations().size(), found.strength(), found.strength().nameTh(),
                        found.gap()));
            }
            groups.add(new EvidencePack.Group(g.id(), g.titleTh(), g.titleEn(), g.note(), sections));
        }
        int strong = (int) rows.stream().filter(r -> r.strength() == Strength.STRONG).count();
        int partial = (int) rows.stream().filter(r -> r.strength() == Strength.PARTIAL).count();
        int none = rows.size() - strong - partial;
        Coverage coverage = new Coverage(rows.size(), strong, partial, none,
                share(strong + partial, rows.size()), share(strong, rows.size()), RULE, rows);
        int n = plan.category().number();
        LocalDate day = request.generated();
        return new EvidencePack(
                "แฟ้มหลักฐานหมวด " + n + " " + plan.category().nameTh(),
                "Evidence pack: category " + n + ", " + plan.category().nameEn(),
                plan.framework().id(), plan.framework().nameTh(), plan.framework().nameEn(),
                n, plan.category().nameTh(), plan.category().nameEn(),
                new EvidencePack.Filters(request.agencies(), request.years()),
                day.toString(), ThaiDateText.of(day), request.baseUrl(), coverage, groups, notes());
    }

    private static List<String> notes() {
        return List.of(
                "รวบรวมโดยอัตโนมัติจากเอกสารในคลังรู้ ข้อความที่ยกมาคัดจากเอกสารจริงทุกคำ ควรตรวจทานความเหมาะสมก่อนนำส่ง"
                        + " (collected automatically from the indexed documents; every quotation is verbatim; review before submitting)",
                RULE,
                String.format(java.util.Locale.ROOT, "ข้อความนับเป็นของหมวดเมื่อระบุหมวดไว้ (คำว่าหมวด หัวข้อ รหัสกิจกรรม"
                        + " คำสำคัญของเกณฑ์) หรือเมื่อโมเดลจัดหมวดให้ความน่าจะเป็นตั้งแต่ %.2f (เกณฑ์หลักฐาน"
                        + " เข้มกว่าเกณฑ์ %.2f ที่ใช้กรองผลค้นหา) (a passage counts for a category when it names it, or"
                        + " when the category model's probability reaches the evidence threshold %.2f, stricter than"
                        + " the search threshold %.2f)",
                        CategoryModel.shippedEvidenceThreshold(), CategoryModel.shippedSearchThreshold(),
                        CategoryModel.shippedEvidenceThreshold(), CategoryModel.shippedSearchThreshold()),
                "การอ้างอิงระบุลำดับข้อความในเอกสาร (ข้อความที่ N) และลิงก์ไปยังข้อความนั้นในคลังรู้ ดัชนียังไม่เก็บเลขหน้า"
                        + " (citations give the passage number and a link; the index does not keep page numbers yet)");
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
    }

    private record Candidate(EvidenceSearch.Hit hit, boolean coded, String codeNote) {}

    private record Scored(EvidenceSearch.Hit hit, double weight, double bestPractice, double score,
                          List<String> reasons, List<String> alsoIn) {}

    /** The chosen passages that are in the index, in the order given. */
    private List<EvidenceSearch.Hit> hits(Collection<String> passageIds) throws IOException {
        Map<String, List<PassageRecord>> byDocument = new HashMap<>();
        List<EvidenceSearch.Hit> out = new ArrayList<>();
        for (String id : new LinkedHashSet<>(passageIds)) {
            int dash = id.lastIndexOf('-');
            if (dash <= 0) {
                continue;
            }
            String documentId = id.substring(0, dash);
            var document = browser.document(documentId);
            if (document.isEmpty()) {
                continue;
            }
            List<PassageRecord> passages = byDocument.get(documentId);
            if (passages == null) {
                passages = browser.passages(documentId);
                byDocument.put(documentId, passages);
            }
            passages.stream().filter(p -> p.passageId().equals(id)).findFirst()
                    .ifPresent(p -> out.add(new EvidenceSearch.Hit(p, document.get())));
        }
        return out;
    }

    private EvidencePack.Section collect(EvidencePlan.Section s, EvidenceRequest request,
                                         Map<String, DocumentFacts> documents, List<EvidenceSearch.Hit> chosen)
            throws IOException {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        if (chosen != null) {
            for (EvidenceSearch.Hit h : chosen) {
                String note = s.code() != null && h.passage().codes().contains(s.code()) ? codeNote(h.passage(), s) : null;
                candidates.put(h.passageId(), new Candidate(h, note != null, note));
            }
        } else if (s.code() != null) {
            for (EvidenceSearch.Hit h : search.byCode(s.code(), request.agencies(), request.years(), CODE_LIMIT)) {
                String note = codeNote(h.passage(), s);
                if (note != null) {
                    candidates.put(h.passage().passageId(), new Candidate(h, true, note));
                }
            }
        }
        List<Concept> concepts = new ArrayList<>(s.strong());
        concepts.addAll(s.weak());
        for (Concept c : chosen != null ? List.<Concept>of() : concepts) {
            add(candidates, search.byWords(c.queryText(), s.category(), request.agencies(), request.years(),
                    CANDIDATES_PER_QUERY));
        }
        // unlabelled passages (of documents mostly in the category, or speaking directly to the section): only
        // passages with a key concept can count there
        for (Concept c : chosen != null ? List.<Concept>of() : s.strong()) {
            add(candidates, search.byWords(c.queryText(), null, request.agencies(), request.years(),
                    CANDIDATES_OUTSIDE));
        }

        List<Scored> scored = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            Scored sc = score(s, c, documents, chosen != null);
            if (sc != null) {
                scored.add(sc);
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(x -> x.hit().date() == null ? "" : x.hit().date(), Comparator.reverseOrder())
                .thenComparing(x -> x.hit().source())
                .thenComparingInt(x -> x.hit().ordinal()));
        List<Scored> kept = fold(scored);

        Set<String> sources = new LinkedHashSet<>();
        kept.forEach(k -> sources.add(k.hit().documentId()));
        double top = kept.stream().mapToDouble(Scored::weight).max().orElse(0);
        Strength strength = kept.isEmpty() ? Strength.NONE
                : sources.size() >= STRONG_DOCUMENTS && top >= STRONG_WEIGHT ? Strength.STRONG : Strength.PARTIAL;
        String gap = switch (strength) {
            case NONE -> "ไม่พบหลักฐาน — เอกสารที่ช่วยได้: " + s.fillWith();
            case PARTIAL -> (sources.size() < STRONG_DOCUMENTS
                    ? "พบหลักฐานจากเอกสารฉบับเดียว — ควรเพิ่ม: "
                    : "หลักฐานยังไม่ตรงประเด็นชัด — ควรเพิ่ม: ") + s.fillWith();
            case STRONG -> null;
        };
        List<Quotation> quotations = new ArrayList<>();
        for (Scored k : kept.subList(0, Math.min(kept.size(), request.quotesPerSection()))) {
            quotations.add(new Quotation(k.hit().text(), k.hit().heading(), round(k.score()), k.weight(),
                    k.bestPractice(), k.reasons(), citation(k.hit(), k.alsoIn(), request.baseUrl())));
        }
        return new EvidencePack.Section(s.id(), s.label(), s.titleTh(), s.titleEn(), s.description(), s.note(),
                s.depth(), s.code(), s.edition(), strength, kept.size(), sources.size(), gap, quotations);
    }

    private static void add(Map<String, Candidate> candidates, List<EvidenceSearch.Hit> hits) {
        for (EvidenceSearch.Hit h : hits) {
            candidates.putIfAbsent(h.passage().passageId(), new Candidate(h, false, null));
        }
    }

    /** Why a code-labelled passage counts for the section, or null when its label is of another edition. */
    private static String codeNote(PassageRecord p, EvidencePlan.Section s) {
        if (!(LabelReasons.parse(p.why()).get("codes") instanceof List<?> codes)) {
            return "ระบุรหัส " + s.code();
        }
        String best = null;
        for (Object o : codes) {
            if (o instanceof Map<?, ?> m && s.code().equals(m.get("code"))) {
                Object edition = m.get("edition");
                if (edition == null) {
                    best = best != null ? best : "ระบุรหัส " + s.code() + " (ไม่ระบุฉบับของเกณฑ์)";
                } else if (edition.equals(s.edition())) {
                    best = "ระบุรหัส " + s.code() + " ตามฉบับ " + s.edition();
                }
            }
        }
        return best;
    }

    private Scored score(EvidencePlan.Section s, Candidate c, Map<String, DocumentFacts> documents, boolean chosen)
            throws IOException {
        EvidenceSearch.Hit h = c.hit();
        Concept.Text text = new Concept.Text(h.text());
        Concept.Text heading = new Concept.Text(innermost(h.heading()));
        List<String> reasons = new ArrayList<>();
        double weight = 0;
        if (c.coded()) {
            weight += CODE_WEIGHT;
            reasons.add(c.codeNote());
        }
        int keys = 0;
        int headings = 0;
        for (Concept k : s.strong()) {
            String inText = k.foundIn(text);
            if (inText != null) {
                if (keys++ < KEYS_COUNTED) {
                    weight += KEY_WEIGHT;
                    reasons.add("พบ “" + inText + "”");
                }
                continue;
            }
            String inHeading = k.foundIn(heading);
            if (inHeading != null && headings++ < HEADINGS_COUNTED) {
                weight += HEADING_WEIGHT;
                reasons.add("อยู่ใต้หัวข้อที่มี “" + inHeading + "”");
            }
        }
        int others = 0;
        for (Concept o : s.weak()) {
            String inText = o.foundIn(text);
            if (inText != null && others++ < OTHERS_COUNTED) {
                weight += OTHER_WEIGHT;
                reasons.add("พบคำที่เกี่ยวข้อง “" + inText + "”");
            }
        }
        if (!c.coded() && keys == 0 && headings == 0 && others < 2) {
            return null;
        }
        boolean inCategory = chosen || c.coded() || h.categories().contains(s.category())
                || (h.categories().isEmpty() && facts(h.documentId(), documents).mostly(s.category()));
        if (!inCategory) {
            if (s.inCategoryOnly() || weight < OUTSIDE_WEIGHT) {
                return null;
            }
            reasons.add("ตรงประเด็นแม้ไม่ได้ติดป้ายหมวด " + s.category());
        }
        double bp = h.bestPractice();
        if (bp > 0) {
            reasons.add("คะแนนแนวปฏิบัติที่ดี " + String.format("%.2f", bp));
        }
        return new Scored(h, weight, bp, weight * (0.5 + bp), reasons, List.of());
    }

    /** How many of a document's labelled passages carry each category. */
    private record DocumentFacts(Map<Integer, Integer> categoryCounts, int labelled) {
        boolean mostly(int category) {
            return labelled > 0 && categoryCounts.getOrDefault(category, 0) >= DOCUMENT_SHARE * labelled;
        }
    }

    private DocumentFacts facts(String documentId, Map<String, DocumentFacts> cache) throws IOException {
        DocumentFacts f = cache.get(documentId);
        if (f == null) {
            Map<Integer, Integer> counts = new HashMap<>();
            int labelled = 0;
            for (PassageRecord p : browser.passages(documentId)) {
                if (!p.evidenceCategories().isEmpty()) {
                    labelled++;
                    p.evidenceCategories().forEach(c -> counts.merge(c, 1, Integer::sum));
                }
            }
            f = new DocumentFacts(counts, labelled);
            cache.put(documentId, f);
        }
        return f;
    }

    /** The innermost heading of a stored heading path ("A › B" → "B"). */
    static String innermost(String headingPath) {
        if (headingPath == null || headingPath.isBlank()) {
            return "";
        }
        String[] parts = headingPath.split(java.util.regex.Pattern.quote(org.klangru.index.IndexDocuments.HEADING_SEPARATOR));
        return parts[parts.length - 1].strip();
    }

    /** Ranked passages with near-identical later ones folded into the first (their files kept as alsoIn). */
    static List<Scored> fold(List<Scored> ranked) {
        List<Scored> kept = new ArrayList<>();
        List<Set<Integer>> keptShingles = new ArrayList<>();
        for (Scored s : ranked) {
            Set<Integer> mine = shingles(s.hit().text());
            int copyOf = -1;
            for (int i = 0; i < kept.size() && copyOf < 0; i++) {
                if (nearCopy(mine, keptShingles.get(i))) {
                    copyOf = i;
                }
            }
            if (copyOf < 0) {
                kept.add(s);
                keptShingles.add(mine);
            } else {
                Scored first = kept.get(copyOf);
                List<String> also = new ArrayList<>(first.alsoIn());
                if (!Objects.equals(s.hit().source(), first.hit().source()) && !also.contains(s.hit().source())) {
                    also.add(s.hit().source());
                }
                kept.set(copyOf, new Scored(first.hit(), first.weight(), first.bestPractice(), first.score(),
                        first.reasons(), also));
            }
        }
        return kept;
    }

    static final int SHINGLE = 5;
    static final double CONTAINMENT = 0.85;

    private static boolean nearCopy(Set<Integer> a, Set<Integer> b) {
        Set<Integer> small = a.size() <= b.size() ? a : b;
        Set<Integer> large = small == a ? b : a;
        int shared = 0;
        for (Integer x : small) {
            if (large.contains(x)) {
                shared++;
            }
        }
        return !small.isEmpty() && shared >= CONTAINMENT * small.size();
    }

    private static Set<Integer> shingles(String text) {
        String n = MatchKey.of(text == null ? "" : text.replace('|', ' '));
        Set<Integer> out = new HashSet<>();
        if (n.length() < SHINGLE) {
            out.add(n.hashCode());
            return out;
        }
        for (int i = 0; i + SHINGLE <= n.length(); i++) {
            out.add(n.substring(i, i + SHINGLE).hashCode());
        }
        return out;
    }

    private static Citation citation(EvidenceSearch.Hit h, List<String> alsoIn, String baseUrl) {
        LocalDate date = h.date() == null ? null : LocalDate.parse(h.date());
        String dateTh = ThaiDateText.of(date);
        String link = baseUrl + "/?view=doc&id=" + enc(h.documentId()) + "&passage=" + enc(h.passageId());
        int passage = h.ordinal() + 1;
        StringBuilder line = new StringBuilder("“").append(h.title() == null ? h.source() : h.title()).append("”")
                .append(" · ").append(dateTh == null ? "ไม่ระบุวันที่" : dateTh)
                .append(" · ").append(h.agency() == null || h.agency().isBlank() ? "ไม่ระบุหน่วยงาน" : h.agency())
                .append(" · ไฟล์ ").append(h.source())
                .append(" · ข้อความที่ ").append(passage);
        return new Citation(h.documentId(), h.passageId(), h.title(), h.date(), dateTh, h.agency(), h.source(),
                passage, null, link, alsoIn, line.toString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
