package org.klangru.taxonomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a passage the PMQA categories and activity codes it is about, each with a confidence and a reason.
 *
 * <p>Order of evidence, strongest first:
 * <ol>
 *   <li>explicit mentions in the passage: "หมวด N" followed by the category's name or a cue word; a bare "หมวด N",
 *       a range or a list only with PMQA context and no law nearby; category and award names;</li>
 *   <li>the heading stack: the innermost heading that names exactly one PMQA category is inherited;</li>
 *   <li>activity codes (CS1, CS 1 A, ranges), which also give their category;</li>
 *   <li>only when none of the above gave a category: content evidence from the taxonomy's weighted phrases, above
 *       the threshold the file sets (chosen from measured precision), at most two categories, none for overviews;</li>
 *   <li>the learned {@link CategoryModel}: every category whose probability reaches the model's search threshold,
 *       with the probability as confidence and the words that weighed most as the reason. It reads what the
 *       paragraph is about where no marker names a category, which is most real text.</li>
 * </ol>
 * When the passage opens with a category (or inherits one) that category leads, and other categories it only refers
 * to ("สอดคล้องกับการปฏิบัติการในหมวด 1 - 6") are not labels.
 *
 * <p>Immutable and thread-safe.
 */
public final class PassageClassifier {
    /** "๔.๒ การจัดการความรู้ สารสนเทศ ...": item 4.2, and the words after it are about หมวด 4. */
    private static final Pattern ITEM_NUMBER = Pattern.compile("^[\\s\\-•]*\\(?([1-7])\\.([0-9]{1,2})(?![0-9.])[.)]?\\s*");
    /** How much of what follows the number is read as the item's title. */
    private static final int ITEM_TITLE_CHARS = 40;
    private static final double ITEM_LEAD_CONFIDENCE = 0.9;

    private final Taxonomy taxonomy;
    private final ClassifierSettings settings;
    private final ContentScorer content;
    private final CategoryMentions mentions;
    private final CodeMentions codeMentions;
    /** pmqaContext, lawContext and fineDustContext in one matcher; payload {kind, term}. */
    private final PhraseMatcher contextTerms = new PhraseMatcher();
    private final PhraseMatcher practiceTerms;
    private final PhraseMatcher lawTerms;
    private static final int PMQA = 0;
    private static final int LAW = 1;
    private static final int DUST = 2;
    private final Map<String, PhraseMatcher> editionCues = new LinkedHashMap<>();
    private final CategoryModel model;

    /** A classifier with the shipped category model. */
    public PassageClassifier(Taxonomy taxonomy) {
        this(taxonomy, CategoryModel.shipped(taxonomy));
    }

    /**
     * A classifier of markers, headings, codes and the taxonomy's phrases only, without the learned model: what
     * labelled passages before the model, kept for measuring what the model adds.
     */
    public static PassageClassifier rulesOnly(Taxonomy taxonomy) {
        return new PassageClassifier(taxonomy, null);
    }

    /** @param model the learned category model, or null for rules only */
    PassageClassifier(Taxonomy taxonomy, CategoryModel model) {
        this.taxonomy = taxonomy;
        this.model = model;
        this.settings = taxonomy.classifier();
        this.content = new ContentScorer(taxonomy);
        this.mentions = new CategoryMentions(taxonomy);
        this.codeMentions = new CodeMentions(taxonomy);
        settings.pmqaContext().forEach(t -> contextTerms.add(t, new Object[] {PMQA, t}));
        settings.lawContext().forEach(t -> contextTerms.add(t, new Object[] {LAW, t}));
        settings.fineDustContext().forEach(t -> contextTerms.add(t, new Object[] {DUST, t}));
        this.practiceTerms = PhraseMatcher.of(settings.practiceContext());
        this.lawTerms = PhraseMatcher.of(settings.lawContext());
        for (Edition e : taxonomy.editions()) {
            editionCues.put(e.id(), PhraseMatcher.of(e.cues()));
        }
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** What the passage, its headings and its title say about the context, computed once per passage. */
    private Context context(String compact, List<String> headings, String title) {
        StringBuilder above = new StringBuilder();
        for (String h : headings) {
            above.append(" \n ").append(MatchText.compact(h));
        }
        above.append(" \n ").append(MatchText.compactOf(title));
        String compactAll = compact + above;
        String[] first = new String[3];
        int[] at = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
        for (PhraseMatcher.Hit<?> h : contextTerms.all(compactAll)) {
            Object[] kindAndTerm = (Object[]) h.entry().payload();
            int kind = (Integer) kindAndTerm[0];
            if (h.start() < at[kind]) {
                at[kind] = h.start();
                first[kind] = (String) kindAndTerm[1];
            }
        }
        // a practice word in the passage itself is evidence, not context: only headings and title tell the document
        return new Context(first[PMQA], firstTerm(practiceTerms, above.toString()), first[LAW], first[DUST],
                compactAll);
    }

    private record Context(String pmqaTerm, String practiceTerm, String lawTerm, String dustTerm,
                           String compactAll) {
        /** PMQA or management-practice context: content labels use the lower threshold. */
        boolean managementContext() {
            return pmqaTerm != null || practiceTerm != null;
        }
    }

    public Classification classify(PassageContext passage) {
        String text = MatchText.normalize(passage.text());
        String compact = MatchText.compact(text);
        List<String> headings = passage.headings().stream().map(MatchText::normalize)
                .filter(h -> !h.isEmpty()).toList();
        Context ctx = context(compact, headings, passage.documentTitle());
        Labels labels = new Labels();
        ContentScorer.Result evidence = content.score(compact);
        ContentScorer.Result scores = evidence;

        // category names in free text are explicit in PMQA context or when they are award names ("ด้าน...");
        // elsewhere ("มุ่งเน้นผลลัพธ์การดำเนินการของหน่วยงาน" in cabinet news) they are medium content evidence
        List<PhraseMatcher.Hit<?>> names = new ArrayList<>();
        for (PhraseMatcher.Hit<?> h : scores.names()) {
            if (ctx.pmqaTerm() != null || ((ContentScorer.Name) h.entry().payload()).award()) {
                names.add(h);
            } else {
                scores = scores.plus(((ContentScorer.Name) h.entry().payload()).category(), h.entry().display(),
                        settings.weights().medium());
            }
        }

        // explicit mentions in the passage
        List<CategoryMentions.Mention> found = mentions.find(text);
        boolean confirmedInPassage = !names.isEmpty() || found.stream().anyMatch(m -> confirms(m) && !lawNear(text, m));
        List<CategoryMentions.Mention> accepted = new ArrayList<>();
        for (CategoryMentions.Mention m : found) {
            if (accepts(m, text, ctx, confirmedInPassage)) {
                accepted.add(m);
            }
        }
        int leadAt = CategoryMentions.leadOffset(text);
        int leadAtCompact = MatchText.compact(text.substring(0, leadAt)).length();
        Integer lead = null;
        for (CategoryMentions.Mention m : accepted) {
            if (!m.multi() && m.start() <= leadAt + 1) {
                lead = m.categories().get(0);
            }
        }
        for (PhraseMatcher.Hit<?> h : names) {
            if (lead == null && h.start() <= leadAtCompact + 1) {
                lead = ((ContentScorer.Name) h.entry().payload()).category();
            }
        }
        ItemLead item = lead == null ? itemLead(text, ctx) : null;
        if (item != null) {
            lead = item.category();
            labels.category(item.category(), ITEM_LEAD_CONFIDENCE, item.why());
        }
        // a passage that opens with its own category is not about the heading's one
        Inherited inherited = lead == null ? inherit(headings, ctx) : null;
        if (inherited != null) {
            lead = inherited.category();
        }
        for (CategoryMentions.Mention m : accepted) {
            if (lead != null && m.reference() && !m.categories().contains(lead)) {
                continue; // "หมวด 7 ... สอดคล้องกับการปฏิบัติการในหมวด 1 - 6": about 7, refers to 1-6
            }
            for (int c : m.categories()) {
                labels.category(c, mentionConfidence(m), mentionWhy(m, ctx));
            }
        }
        for (PhraseMatcher.Hit<?> h : names) {
            int c = ((ContentScorer.Name) h.entry().payload()).category();
            if (lead != null && c != lead) {
                continue;
            }
            boolean atStart = h.start() <= leadAtCompact + 1;
            labels.category(c, atStart ? 0.95 : 0.8,
                    "ระบุชื่อหมวด \"" + h.entry().display() + "\" (category name)");
        }
        if (inherited != null) {
            labels.category(inherited.category(), inherited.confidence(), inherited.why());
        }

        addCodes(text, headings, ctx, scores, labels);

        // content, only when nothing above gave a category
        if (!labels.hasAnyCategory()) {
            double threshold = ctx.managementContext() ? settings.contentThreshold()
                    : settings.contentThresholdWithoutContext();
            String context = ctx.pmqaTerm() != null ? "บริบท PMQA \"" + ctx.pmqaTerm() + "\""
                    : ctx.practiceTerm() != null ? "บริบทเอกสารการบริหาร \"" + ctx.practiceTerm() + "\""
                    : "ไม่มีบริบท PMQA (no PMQA context)";
            for (ContentScorer.CategoryScore s : contentWinners(scores, threshold)) {
                labels.category(s.category(), settings.confidenceFor(s.score()),
                        "คำสำคัญของหมวด " + s.category() + ": " + ContentScorer.describe(s) + "; คะแนน "
                                + fmt(s.score()) + " ≥ เกณฑ์ " + fmt(threshold) + ", " + context
                                + " (content keywords)");
            }
        }
        // a passage whose markers (a mention, its heading, a code, the taxonomy's phrases) name its category is about
        // that one: others need the model's evidence threshold, as a second topic must be clear beside a named one
        addModelLabels(text, evidence, passage.documentTitle(), labels.hasAnyCategory(), labels);
        return labels.result();
    }

    /**
     * Labels the overlapping pieces one long paragraph was cut into. LABELLING.md labels a paragraph by every subject
     * it covers, and the model was trained on whole paragraphs: the paragraph is read at once, and each piece gets
     * its categories beside the piece's own evidence categories. Cross-validated on the training paragraphs cut the
     * same way, a piece read by itself scored F1 0.62, read as its whole paragraph 0.65; on news at large a sample of
     * the labels this changes was judged by hand ({@code docs/categories.md}). Codes stay each piece's own: a code is
     * labelled where the text names it. (The splitter gives each piece of a PDF or a scan a paragraph of its own:
     * their paragraphs are guessed.)
     *
     * @param paragraph the whole paragraph, with the pieces' headings and title
     */
    public List<Classification> classifyParagraph(PassageContext paragraph, List<PassageContext> pieces) {
        List<Classification> each = pieces.stream().map(this::classify).toList();
        if (each.size() < 2) {
            return each;
        }
        Classification whole = classify(paragraph);
        return each.stream().map(c -> c.asPieceOf(whole)).toList();
    }

    /**
     * Categories the learned model finds the paragraph about, from its search threshold, or from its evidence
     * threshold when the rules have labelled the passage already.
     */
    private void addModelLabels(String normalized, ContentScorer.Result evidence, String title, boolean marked,
                                Labels labels) {
        if (model == null) {
            return;
        }
        double threshold = marked ? model.evidenceThreshold() : model.searchThreshold();
        for (CategoryModel.Score s : model.score(normalized, evidence, title)) {
            if (s.probability() < threshold) {
                continue;
            }
            labels.modelCategory(s.category(), s.probability(), s.probability() >= model.evidenceThreshold(),
                    "โมเดลจัดหมวด: ความน่าจะเป็น " + fmt2(s.probability())
                    + " ≥ เกณฑ์" + (marked ? "หลักฐาน " : "ค้นหา ") + fmt2(threshold)
                    + (s.words().isEmpty() ? "" : "; คำที่มีน้ำหนักมาก: " + String.join(", ", s.words()))
                    + " (category model " + model.version() + ")");
        }
    }



    /** Activity codes: the passage's own, else those of the innermost heading that has some. */
    private void addCodes(String text, List<String> headings, Context ctx, ContentScorer.Result scores,
                          Labels labels) {
        List<CodeMentions.Found> codes = codeMentions.find(text);
        boolean fromHeading = false;
        String codeHeading = null;
        if (!hasKnownCode(codes)) {
            codes = List.of();
            for (int i = headings.size() - 1; i >= 0 && codes.isEmpty(); i--) {
                List<CodeMentions.Found> inH = codeMentions.find(headings.get(i));
                if (hasKnownCode(inH)) {
                    codes = inH;
                    fromHeading = true;
                    codeHeading = headings.get(i);
                }
            }
        }
        Set<String> distinct = new HashSet<>();
        boolean anyRange = false;
        for (CodeMentions.Found f : codes) {
            if (!taxonomy.code(f.code()).isEmpty()) {
                distinct.add(f.code());
                anyRange |= f.inRange();
            }
        }
        Map<Integer, List<String>> byCategory = new LinkedHashMap<>();
        Map<Integer, Double> best = new LinkedHashMap<>();
        for (CodeMentions.Found f : codes) {
            List<ActivityCode> entries = taxonomy.code(f.code());
            if (entries.isEmpty()) {
                continue; // HR7, PM7: not codes of any edition
            }
            if (f.code().startsWith("PM") && ctx.dustTerm() != null) {
                continue; // fine dust
            }
            int category = entries.get(0).category();
            List<String> support = new ArrayList<>();
            if (ctx.pmqaTerm() != null) {
                support.add("บริบท PMQA \"" + ctx.pmqaTerm() + "\"");
            }
            if (distinct.size() >= 2 || anyRange) {
                support.add(f.inRange() ? "ช่วงรหัส" : "หลายรหัส");
            }
            if (f.suffixed()) {
                support.add("รูปแบบรหัสมีอักษรต่อท้าย");
            }
            if (scores.score(category) >= settings.weights().medium() || labels.hasCategory(category)) {
                support.add("เนื้อหาตรงกับหมวด " + category);
            }
            if (support.isEmpty()) {
                continue; // a lone "IT 1" with nothing around it: unsure, so no label
            }
            double conf = Math.min(0.99, (f.spaced() ? 0.85 : 0.9) + 0.03 * support.size());
            if (fromHeading) {
                conf *= 0.95;
            }
            String where = fromHeading ? "ในหัวข้อ \"" + shorten(codeHeading) + "\" (from heading)"
                    : "ในข้อความ (found in text)";
            String why = "พบรหัส \"" + f.surface() + "\" " + where + "; " + String.join(", ", support);
            String edition = edition(f.code(), entries, ctx.compactAll());
            labels.code(f.code(), edition, conf, why);
            byCategory.computeIfAbsent(category, k -> new ArrayList<>()).add(f.code());
            best.merge(category, conf, Math::max);
        }
        for (Map.Entry<Integer, List<String>> e : byCategory.entrySet()) {
            labels.category(e.getKey(), best.get(e.getKey()), "มีรหัสกิจกรรม " + String.join(", ", e.getValue())
                    + " ของหมวด " + e.getKey()
                    + (fromHeading ? " ในหัวข้อ \"" + shorten(codeHeading) + "\" (activity code from heading)"
                    : " (activity code)"));
        }
    }

    private boolean hasKnownCode(List<CodeMentions.Found> found) {
        return found.stream().anyMatch(f -> !taxonomy.code(f.code()).isEmpty());
    }

    /**
     * Content scores of every category for a passage, whatever the markers say; for measuring and tuning the
     * content model (the classifier itself uses content only for passages without markers).
     */
    public Map<Integer, Double> contentScores(String passageText) {
        Map<Integer, Double> out = new LinkedHashMap<>();
        content.score(MatchText.compactOf(passageText)).scores().values()
                .forEach(s -> out.put(s.category(), s.score()));
        return out;
    }

    /**
     * The content categories to assert: the best one when it reaches the threshold and no other category comes
     * close to it (a close runner-up below the threshold makes the passage ambiguous: no label); a runner-up that
     * reaches the threshold itself is asserted too, up to {@code maxContentCategories}; when {@code
     * overviewCategories} or more reach the threshold the passage is an overview of PMQA and gets none.
     */
    private List<ContentScorer.CategoryScore> contentWinners(ContentScorer.Result scores, double threshold) {
        List<ContentScorer.CategoryScore> ranked = scores.scores().values().stream()
                .sorted(Comparator.comparingDouble(ContentScorer.CategoryScore::score).reversed()
                        .thenComparingInt(ContentScorer.CategoryScore::category))
                .toList();
        if (ranked.isEmpty() || ranked.get(0).score() < threshold) {
            return List.of();
        }
        long reaching = ranked.stream().filter(s -> s.score() >= threshold).count();
        if (reaching >= settings.overviewCategories()) {
            return List.of();
        }
        double top = ranked.get(0).score();
        List<ContentScorer.CategoryScore> out = new ArrayList<>();
        out.add(ranked.get(0));
        for (ContentScorer.CategoryScore s : ranked.subList(1, ranked.size())) {
            if (s.score() < settings.dominance() * top) {
                break;
            }
            if (s.score() < threshold) {
                return List.of(); // a close runner-up that is not strong itself: ambiguous
            }
            if (out.size() < settings.maxContentCategories()) {
                out.add(s);
            }
        }
        return out;
    }

    // ---- explicit mentions ----

    private boolean accepts(CategoryMentions.Mention m, String text, Context ctx, boolean confirmedInPassage) {
        boolean lawNear = lawNear(text, m);
        boolean pmqa = ctx.pmqaTerm() != null || confirmedInPassage;
        boolean lawInText = firstTerm(lawTerms, MatchText.compact(text)) != null;
        return switch (m.support()) {
            case NAME -> !m.multi() || pmqa;
            case CUE -> !lawNear && (ctx.lawTerm() == null || pmqa) && (!m.multi() || pmqa);
            // a bare number in a text that cites a law is a chapter of that law ("ที่กำหนดในหมวด 4 พ.ศ. ....")
            case BARE -> pmqa && !lawInText;
            case CONFLICT -> false;
        };
    }

    /** A mention followed by its category's name or cue shows that the text speaks of PMQA categories. */
    private static boolean confirms(CategoryMentions.Mention m) {
        return m.support() == CategoryMentions.Support.NAME || m.support() == CategoryMentions.Support.CUE;
    }

    private boolean lawNear(String text, CategoryMentions.Mention m) {
        String around = MatchText.compact(text.substring(Math.max(0, m.start() - 80),
                Math.min(text.length(), m.end() + 40)));
        return firstTerm(lawTerms, around) != null;
    }

    private static double mentionConfidence(CategoryMentions.Mention m) {
        if (m.multi()) {
            return 0.85;
        }
        return switch (m.support()) {
            case NAME -> 0.98;
            case CUE -> 0.95;
            case BARE, CONFLICT -> 0.9;
        };
    }

    private static String mentionWhy(CategoryMentions.Mention m, Context ctx) {
        String s = "\"" + m.surface() + "\"";
        if (m.multi()) {
            return "ระบุช่วง/รายการหมวด " + s + " (explicit range or list)";
        }
        return switch (m.support()) {
            case NAME -> "ระบุ " + s + " ตามด้วยชื่อหมวด \"" + m.confirmedBy() + "\" (explicit mention with name)";
            case CUE -> "ระบุ " + s + " ตามด้วย \"" + m.confirmedBy() + "\" (explicit mention with cue word)";
            case BARE, CONFLICT -> "ระบุ " + s + " ในบริบท PMQA"
                    + (ctx.pmqaTerm() != null ? " (พบ \"" + ctx.pmqaTerm() + "\")" : "")
                    + " (explicit mention, PMQA context)";
        };
    }

    // ---- heading inheritance ----

    /** A passage that opens with a criteria item's number and words of that item's category. */
    private record ItemLead(int category, String why) {
    }

    /**
     * In a PMQA document, a passage that opens with an item number (4.2) whose first words are content evidence of
     * that item's category, and of no other more: the passage is that item's text, whatever it refers to later
     * ("...ที่กำหนดไว้ในหมวด 6"). A numbered list ("4.1 ผู้บริหาร พิจารณาอนุมัติ") has no such agreement.
     */
    private ItemLead itemLead(String text, Context ctx) {
        Matcher m = ITEM_NUMBER.matcher(text);
        if (ctx.pmqaTerm() == null || !m.find()) {
            return null;
        }
        int category = m.group(1).charAt(0) - '0';
        String title = text.substring(m.end(), Math.min(text.length(), m.end() + ITEM_TITLE_CHARS));
        ContentScorer.Result opening = content.score(MatchText.compact(title));
        double own = opening.score(category);
        boolean ahead = opening.scores().values().stream().allMatch(c -> c.category() == category || c.score() < own);
        if (own < settings.weights().medium() || !ahead) {
            return null;
        }
        return new ItemLead(category, "ขึ้นต้นด้วยหัวข้อ " + m.group(1) + "." + m.group(2) + " และเนื้อหาของหมวด "
                + category + ": " + ContentScorer.describe(opening.scores().get(category)) + " (criteria item)");
    }

    private record Inherited(int category, double confidence, String why) {
    }

    /** The innermost heading that names exactly one PMQA category; null when none does. */
    private Inherited inherit(List<String> headings, Context ctx) {
        for (int i = headings.size() - 1; i >= 0; i--) {
            String h = headings.get(i);
            Set<Integer> cats = new LinkedHashSet<>();
            double conf = 0;
            List<CategoryMentions.Mention> ms = mentions.find(h);
            List<PhraseMatcher.Hit<?>> names = content.score(MatchText.compact(h)).names();
            boolean confirmed = !names.isEmpty() || ms.stream().anyMatch(PassageClassifier::confirms);
            for (CategoryMentions.Mention m : ms) {
                if (!m.reference() && accepts(m, h, ctx, confirmed)) {
                    cats.addAll(m.categories());
                    conf = Math.max(conf, m.support() == CategoryMentions.Support.BARE ? 0.85 : 0.92);
                }
            }
            if (ms.isEmpty() && (ctx.pmqaTerm() != null || ctx.practiceTerm() != null
                    || names.stream().anyMatch(n -> ((ContentScorer.Name) n.entry().payload()).award()))) {
                for (PhraseMatcher.Hit<?> n : names) {
                    cats.add(((ContentScorer.Name) n.entry().payload()).category());
                    conf = 0.9;
                }
            }
            if (cats.size() == 1) {
                int c = cats.iterator().next();
                return new Inherited(c, conf, "อยู่ใต้หัวข้อ \"" + shorten(h) + "\" (inherited from heading)");
            }
            if (cats.size() > 1) {
                return null; // the heading names several categories: passages under it are not about one
            }
        }
        return null;
    }

    // ---- editions ----

    private String edition(String code, List<ActivityCode> entries, String compactAll) {
        if (entries.size() == 1) {
            return entries.get(0).edition();
        }
        for (Edition e : taxonomy.editions()) {
            if (entries.stream().anyMatch(a -> a.edition().equals(e.id())) && firstTerm(editionCues.get(e.id()), compactAll) != null) {
                return e.id();
            }
        }
        // the sourced titles differ by edition (IT3: support-process database in FL2552, KM in FL2): the edition
        // whose title shares clearly more character trigrams with the passage and its headings
        String best = null;
        long bestShared = 0;
        long second = 0;
        Set<String> text = trigrams(compactAll);
        for (ActivityCode a : entries) {
            if (a.titleTh() == null) {
                continue;
            }
            long shared = trigrams(MatchText.compactOf(a.titleTh())).stream().filter(text::contains).count();
            if (shared > bestShared) {
                second = bestShared;
                bestShared = shared;
                best = a.edition();
            } else if (shared > second) {
                second = shared;
            }
        }
        return bestShared >= 6 && bestShared >= 2 * second ? best : null;
    }

    private static Set<String> trigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 3 <= s.length(); i++) {
            out.add(s.substring(i, i + 3));
        }
        return out;
    }

    // ---- helpers ----

    private static String firstTerm(PhraseMatcher terms, String compact) {
        PhraseMatcher.Hit<?> h = terms.first(compact);
        return h == null ? null : h.entry().display();
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 79) + "…";
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    private static String fmt2(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }

    /** Collects labels, keeping the highest confidence per category or code and every distinct reason. */
    private static final class Labels {
        private final Map<Integer, double[]> catConf = new LinkedHashMap<>();
        private final Map<Integer, List<String>> catWhy = new LinkedHashMap<>();
        private final Map<String, CodeLabel> codes = new LinkedHashMap<>();
        /** Categories a marker, heading, code or taxonomy phrase gave, or the model above its evidence threshold. */
        private final Set<Integer> evidence = new TreeSet<>();

        void category(int c, double confidence, String why) {
            evidence.add(c);
            add(c, confidence, why);
        }

        void modelCategory(int c, double probability, boolean sureEnoughForEvidence, String why) {
            if (sureEnoughForEvidence) {
                evidence.add(c);
            }
            add(c, probability, why);
        }

        private void add(int c, double confidence, String why) {
            catConf.computeIfAbsent(c, k -> new double[1]);
            catConf.get(c)[0] = Math.max(catConf.get(c)[0], confidence);
            List<String> whys = catWhy.computeIfAbsent(c, k -> new ArrayList<>());
            if (!whys.contains(why)) {
                whys.add(why);
            }
        }

        boolean hasCategory(int c) {
            return catConf.containsKey(c);
        }

        boolean hasAnyCategory() {
            return !catConf.isEmpty();
        }

        void code(String code, String edition, double confidence, String why) {
            CodeLabel old = codes.get(code);
            if (old == null || old.confidence() < confidence) {
                codes.put(code, new CodeLabel(code, edition, confidence, why));
            }
        }

        Classification result() {
            List<CategoryLabel> cats = new ArrayList<>();
            for (Map.Entry<Integer, double[]> e : catConf.entrySet()) {
                double conf = Math.round(e.getValue()[0] * 1000) / 1000.0;
                cats.add(new CategoryLabel(e.getKey(), conf, String.join("; ", catWhy.get(e.getKey()))));
            }
            cats.sort(Comparator.comparingDouble(CategoryLabel::confidence).reversed()
                    .thenComparingInt(CategoryLabel::category));
            List<CodeLabel> cs = new ArrayList<>(codes.values());
            cs.sort(Comparator.comparing(CodeLabel::code));
            return new Classification(cats, cs, List.copyOf(evidence));
        }
    }
}
