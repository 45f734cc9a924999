package org.klangru.taxonomy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates a taxonomy file. Every problem is reported as an {@link IllegalArgumentException} that names
 * the file, the JSON path and the reason, e.g. {@code taxonomy file x.json: $.codes[3].code: "CS8" is not a code}.
 * Unknown fields are errors too: a misspelt field would otherwise be silently ignored.
 */
final class TaxonomyReader {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();
    private static final Pattern CODE = Pattern.compile("(LD|SP|CS|IT|HR|PM)[1-9]");
    private static final Set<String> PREFIXES = Set.of("LD", "SP", "CS", "IT", "HR", "PM");

    private final String origin;

    private TaxonomyReader(String origin) {
        this.origin = origin;
    }

    static Taxonomy read(InputStream in, String origin) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("taxonomy file " + origin + ": not valid JSON: "
                    + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("taxonomy file " + origin + ": cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("taxonomy file " + origin + ": expected a JSON object at the top");
        }
        return new TaxonomyReader(origin).taxonomy(root);
    }

    private Taxonomy taxonomy(JsonNode root) {
        fields(root, "$", "schema", "nameTh", "nameEn", "notes", "sources", "editions", "levels",
                "organizationProfile", "categories", "codes", "items", "classifier", "documentTypes", "agencies");
        int schema = integer(root, "$", "schema");
        if (schema != 1) {
            fail("$.schema", "unsupported schema " + schema + " (this version reads schema 1)");
        }
        List<Source> sources = list(root, "$", "sources", (n, p) -> {
            fields(n, p, "id", "description");
            return new Source(text(n, p, "id"), text(n, p, "description"));
        });
        Set<String> sourceIds = unique(sources.stream().map(Source::id).toList(), "$.sources", "source id");
        List<Edition> editions = list(root, "$", "editions", (n, p) -> {
            fields(n, p, "id", "nameTh", "nameEn", "note", "source", "cues");
            return new Edition(text(n, p, "id"), text(n, p, "nameTh"), text(n, p, "nameEn"),
                    optText(n, p, "note"), optSource(n, p, sourceIds), optStrings(n, p, "cues"));
        });
        Set<String> editionIds = unique(editions.stream().map(Edition::id).toList(), "$.editions", "edition id");
        List<Level> levels = list(root, "$", "levels", (n, p) -> {
            fields(n, p, "id", "nameTh", "nameEn", "source");
            return new Level(text(n, p, "id"), text(n, p, "nameTh"), text(n, p, "nameEn"),
                    optSource(n, p, sourceIds));
        });
        Taxonomy.Profile profile = null;
        if (root.hasNonNull("organizationProfile")) {
            JsonNode n = root.get("organizationProfile");
            fields(n, "$.organizationProfile", "nameTh", "nameEn");
            profile = new Taxonomy.Profile(text(n, "$.organizationProfile", "nameTh"),
                    optText(n, "$.organizationProfile", "nameEn"));
        }
        List<Category> categories = list(root, "$", "categories", (n, p) -> category(n, p, sourceIds));
        Map<Integer, Category> byNumber = new LinkedHashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            Category c = categories.get(i);
            if (byNumber.put(c.number(), c) != null) {
                fail("$.categories[" + i + "].number", "category " + c.number() + " appears twice");
            }
        }
        for (int n = 1; n <= 7; n++) {
            if (!byNumber.containsKey(n)) {
                fail("$.categories", "category " + n + " is missing (all seven หมวด are required)");
            }
        }
        List<ActivityCode> codes = list(root, "$", "codes", (n, p) -> code(n, p, byNumber, editionIds, sourceIds));
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            ActivityCode c = codes.get(i);
            if (!keys.add(c.edition() + "/" + c.code())) {
                fail("$.codes[" + i + "]", "code " + c.code() + " appears twice in edition " + c.edition());
            }
        }
        List<Item> items = list(root, "$", "items", (n, p) -> {
            fields(n, p, "scheme", "id", "category", "titleTh", "source", "note", "levels");
            int category = integer(n, p, "category");
            if (!byNumber.containsKey(category)) {
                fail(p + ".category", "no category " + category);
            }
            String id = text(n, p, "id");
            if (!id.matches("[1-7]\\.[1-9]")) {
                fail(p + ".id", "\"" + id + "\" is not an item number like 4.3");
            }
            if (id.charAt(0) - '0' != category) {
                fail(p + ".id", "item " + id + " is not in category " + category);
            }
            Map<String, String> lv = new LinkedHashMap<>();
            JsonNode l = n.get("levels");
            if (l != null && !l.isNull()) {
                if (!l.isObject()) {
                    fail(p + ".levels", "expected an object of level id to text");
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = l.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    lv.put(e.getKey(), e.getValue().asText());
                }
            }
            return new Item(text(n, p, "scheme"), id, category, text(n, p, "titleTh"),
                    optSource(n, p, sourceIds), optText(n, p, "note"), lv);
        });
        Set<String> itemKeys = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!itemKeys.add(items.get(i).scheme() + "/" + items.get(i).id())) {
                fail("$.items[" + i + "]", "item " + items.get(i).id() + " appears twice in " + items.get(i).scheme());
            }
        }
        ClassifierSettings classifier = classifier(required(root, "$", "classifier"), "$.classifier");
        List<DocumentType> types = list(root, "$", "documentTypes", (n, p) -> {
            fields(n, p, "id", "nameTh", "nameEn", "titleCues", "cues");
            String id = text(n, p, "id");
            if (!Set.of("study-visit", "sop-manual", "km-plan", "meeting-news", "award-report").contains(id)) {
                fail(p + ".id", "\"" + id + "\" is not one of study-visit, sop-manual, km-plan, meeting-news, "
                        + "award-report");
            }
            return new DocumentType(id, text(n, p, "nameTh"), optText(n, p, "nameEn"),
                    strings(n, p, "titleCues"), strings(n, p, "cues"));
        });
        unique(types.stream().map(DocumentType::id).toList(), "$.documentTypes", "document type");
        List<Agency> agencies = list(root, "$", "agencies", (n, p) -> {
            fields(n, p, "name", "aliases");
            return new Agency(text(n, p, "name"), strings(n, p, "aliases"));
        });
        return new Taxonomy(schema, text(root, "$", "nameTh"), optText(root, "$", "nameEn"),
                optStrings(root, "$", "notes"), sources, editions, levels, profile,
                byNumber.values().stream().sorted((a, b) -> a.number() - b.number()).toList(),
                codes, items, classifier, types, agencies);
    }

    private Category category(JsonNode n, String p, Set<String> sourceIds) {
        fields(n, p, "number", "prefix", "nameTh", "nameEn", "variants", "awardNameTh", "nameCues", "evidence",
                "sources");
        int number = integer(n, p, "number");
        if (number < 1 || number > 7) {
            fail(p + ".number", number + " is not a PMQA category (1-7)");
        }
        String prefix = optText(n, p, "prefix");
        if (prefix != null && !PREFIXES.contains(prefix)) {
            fail(p + ".prefix", "\"" + prefix + "\" is not one of " + PREFIXES);
        }
        JsonNode ev = required(n, p, "evidence");
        String ep = p + ".evidence";
        fields(ev, ep, "strong", "medium", "weak", "together");
        Evidence evidence = new Evidence(strings(ev, ep, "strong"), strings(ev, ep, "medium"),
                strings(ev, ep, "weak"), optStrings(ev, ep, "together"));
        for (int i = 0; i < evidence.together().size(); i++) {
            String rule = evidence.together().get(i);
            if (rule.split("\\+").length < 2 || rule.startsWith("+") || rule.endsWith("+")) {
                fail(ep + ".together[" + i + "]", "\"" + rule + "\" needs two or more parts separated by +");
            }
        }
        Set<String> keywords = new LinkedHashSet<>();
        for (List<String> tier : List.of(evidence.strong(), evidence.medium(), evidence.weak())) {
            for (String concept : tier) {
                for (String alt : concept.split("\\|")) {
                    if (!alt.isBlank()) {
                        keywords.add(alt.trim());
                    }
                }
            }
        }
        List<String> srcs = optStrings(n, p, "sources");
        for (String s : srcs) {
            if (!sourceIds.contains(s)) {
                fail(p + ".sources", "unknown source id \"" + s + "\"");
            }
        }
        return new Category(number, prefix, text(n, p, "nameTh"), text(n, p, "nameEn"), optStrings(n, p, "variants"),
                optText(n, p, "awardNameTh"), optStrings(n, p, "nameCues"), List.copyOf(keywords), evidence, srcs);
    }

    private ActivityCode code(JsonNode n, String p, Map<Integer, Category> categories, Set<String> editions,
                              Set<String> sourceIds) {
        fields(n, p, "code", "category", "edition", "titleTh", "verified", "hintTh", "hintConfidence", "note",
                "source");
        String code = text(n, p, "code");
        if (!CODE.matcher(code).matches()) {
            fail(p + ".code", "\"" + code + "\" is not a code like CS1 (prefix LD/SP/CS/IT/HR/PM and one digit)");
        }
        int category = integer(n, p, "category");
        Category c = categories.get(category);
        if (c == null) {
            fail(p + ".category", "no category " + category);
        } else if (!code.startsWith(String.valueOf(c.prefix()))) {
            fail(p + ".code", code + " does not start with " + c.prefix() + ", the prefix of category " + category);
        }
        String edition = text(n, p, "edition");
        if (!editions.contains(edition)) {
            fail(p + ".edition", "unknown edition \"" + edition + "\" (known: " + editions + ")");
        }
        JsonNode v = required(n, p, "verified");
        if (!v.isBoolean()) {
            fail(p + ".verified", "expected true or false");
        }
        boolean verified = v.booleanValue();
        String title = optText(n, p, "titleTh");
        if (verified && title == null) {
            fail(p + ".titleTh", "a verified code needs its sourced title");
        }
        String source = optSource(n, p, sourceIds);
        if (verified && source == null) {
            fail(p + ".source", "a verified code needs the id of its source");
        }
        return new ActivityCode(code, category, edition, title, verified, optText(n, p, "hintTh"),
                optText(n, p, "hintConfidence"), optText(n, p, "note"), source);
    }

    private ClassifierSettings classifier(JsonNode n, String p) {
        fields(n, p, "description", "weights", "tailFactor", "togetherWindow", "contentThreshold", "contentThresholdWithoutContext", "dominance", "maxContentCategories",
                "overviewCategories", "calibration", "neutralPhrases", "pmqaContext", "practiceContext", "lawContext", "fineDustContext",
                "countWords", "referenceWords", "elaborationMarkers");
        JsonNode w = required(n, p, "weights");
        fields(w, p + ".weights", "strong", "medium", "weak", "together");
        ClassifierSettings.Weights weights = new ClassifierSettings.Weights(
                positive(w, p + ".weights", "strong"), positive(w, p + ".weights", "medium"),
                positive(w, p + ".weights", "weak"), positive(w, p + ".weights", "together"));
        double tail = number(n, p, "tailFactor");
        if (tail < 0 || tail > 1) {
            fail(p + ".tailFactor", "must be between 0 and 1");
        }
        double dominance = number(n, p, "dominance");
        if (dominance < 0 || dominance > 1) {
            fail(p + ".dominance", "must be between 0 and 1");
        }
        int max = integer(n, p, "maxContentCategories");
        int overview = integer(n, p, "overviewCategories");
        if (max < 0 || overview < 2) {
            fail(p, "maxContentCategories must be >= 0 and overviewCategories >= 2");
        }
        List<ClassifierSettings.Calibration> calibration = list(n, p, "calibration", (c, cp) -> {
            fields(c, cp, "minScore", "confidence");
            double conf = number(c, cp, "confidence");
            if (conf <= 0 || conf > 1) {
                fail(cp + ".confidence", "must be in (0, 1]");
            }
            return new ClassifierSettings.Calibration(number(c, cp, "minScore"), conf);
        });
        int window = integer(n, p, "togetherWindow");
        if (window < 1) {
            fail(p + ".togetherWindow", "must be at least 1");
        }
        return new ClassifierSettings(optText(n, p, "description"), weights, tail, window,
                positive(n, p, "contentThreshold"), positive(n, p, "contentThresholdWithoutContext"), dominance, max,
                overview, calibration, optStrings(n, p, "neutralPhrases"), strings(n, p, "pmqaContext"),
                optStrings(n, p, "practiceContext"), strings(n, p, "lawContext"),
                strings(n, p, "fineDustContext"), optStrings(n, p, "countWords"), optStrings(n, p, "referenceWords"),
                optStrings(n, p, "elaborationMarkers"));
    }

    // ---- small typed accessors that report the JSON path ----

    private interface NodeReader<T> {
        T read(JsonNode node, String path);
    }

    private <T> List<T> list(JsonNode parent, String p, String field, NodeReader<T> reader) {
        JsonNode a = required(parent, p, field);
        String ap = p + "." + field;
        if (!a.isArray()) {
            fail(ap, "expected an array");
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            JsonNode e = a.get(i);
            if (!e.isObject()) {
                fail(ap + "[" + i + "]", "expected an object");
            }
            out.add(reader.read(e, ap + "[" + i + "]"));
        }
        return out;
    }

    private void fields(JsonNode n, String p, String... allowed) {
        Set<String> ok = Set.of(allowed);
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!ok.contains(f)) {
                fail(p + "." + f, "unknown field (allowed here: " + String.join(", ", allowed) + ")");
            }
        }
    }

    private JsonNode required(JsonNode n, String p, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            fail(p + "." + field, "is required");
        }
        return v;
    }

    private String text(JsonNode n, String p, String field) {
        JsonNode v = required(n, p, field);
        if (!v.isTextual() || v.asText().isBlank()) {
            fail(p + "." + field, "expected a non-empty string");
        }
        return v.asText().trim();
    }

    private String optText(JsonNode n, String p, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            fail(p + "." + field, "expected a string or null");
        }
        return v.asText().isBlank() ? null : v.asText().trim();
    }

    private String optSource(JsonNode n, String p, Set<String> sourceIds) {
        String s = optText(n, p, "source");
        if (s != null && !sourceIds.contains(s)) {
            fail(p + ".source", "unknown source id \"" + s + "\"");
        }
        return s;
    }

    private int integer(JsonNode n, String p, String field) {
        JsonNode v = required(n, p, field);
        if (!v.isInt()) {
            fail(p + "." + field, "expected an integer");
        }
        return v.intValue();
    }

    private double number(JsonNode n, String p, String field) {
        JsonNode v = required(n, p, field);
        if (!v.isNumber()) {
            fail(p + "." + field, "expected a number");
        }
        return v.doubleValue();
    }

    private double positive(JsonNode n, String p, String field) {
        double d = number(n, p, field);
        if (!(d > 0)) {
            fail(p + "." + field, "must be greater than 0");
        }
        return d;
    }

    private List<String> strings(JsonNode n, String p, String field) {
        required(n, p, field);
        return optStrings(n, p, field);
    }

    private List<String> optStrings(JsonNode n, String p, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            fail(p + "." + field, "expected an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            if (!e.isTextual() || e.asText().isBlank()) {
                fail(p + "." + field + "[" + i + "]", "expected a non-empty string");
            }
            out.add(e.asText().trim());
        }
        return out;
    }

    private Set<String> unique(List<String> ids, String p, String what) {
        Set<String> seen = new LinkedHashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                fail(p, what + " \"" + id + "\" appears twice");
            }
        }
        return seen;
    }

    private void fail(String path, String reason) {
        throw new IllegalArgumentException("taxonomy file " + origin + ": " + path + ": " + reason);
    }
}
