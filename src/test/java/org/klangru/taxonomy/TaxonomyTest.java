package org.klangru.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaxonomyTest {
    private final Taxonomy taxonomy = Taxonomy.loadDefault();

    @Test
    void loadsTheDefaultFileOnce() {
        assertSame(taxonomy, Taxonomy.loadDefault());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), taxonomy.categories().stream().map(Category::number).toList());
    }

    @Test
    void everyCodeIsUniqueWithinItsEdition() {
        Set<String> keys = new HashSet<>();
        for (ActivityCode c : taxonomy.codes()) {
            assertTrue(keys.add(c.edition() + "/" + c.code()), "duplicate " + c.edition() + "/" + c.code());
            assertTrue(c.code().matches("(LD|SP|CS|IT|HR|PM)[1-7]"), c.code());
            assertEquals(taxonomy.category(c.category()).orElseThrow().prefix(), c.code().substring(0, 2));
        }
    }

    @Test
    void holdsTheFundamentalLevelCodesOfBothEditions() {
        assertEquals(codes("LD", 7) + codes("SP", 7) + codes("CS", 7) + codes("IT", 7) + codes("HR", 5)
                + codes("PM", 6), codesOf("FL2552"));
        assertEquals(codes("IT", 4), codesOf("FL2"));
        ActivityCode km = taxonomy.code("IT3").stream().filter(c -> c.edition().equals("FL2")).findFirst()
                .orElseThrow();
        assertEquals("การจัดการความรู้", km.titleTh());
        assertTrue(km.verified());
        assertEquals(4, taxonomy.categoryOfCode("it3"));
        assertEquals(0, taxonomy.categoryOfCode("PM7"));
    }

    @Test
    void unverifiedCodesHaveNoInventedTitle() {
        for (ActivityCode c : taxonomy.codes()) {
            if (!c.verified()) {
                assertNull(c.titleTh(), c.code() + " is unverified but has a title");
            } else {
                assertFalse(c.titleTh().isBlank());
                assertTrue(c.source() != null);
            }
        }
        // only IT1-IT5 of FL2552 and IT1-IT4 of FL2 were found in sources
        assertEquals(9, taxonomy.codes().stream().filter(ActivityCode::verified).count());
    }

    @Test
    void holdsPmqa40ItemsAndLevels() {
        List<String> items = taxonomy.items().stream().filter(i -> i.scheme().equals("PMQA4.0")).map(Item::id)
                .toList();
        for (int c = 1; c <= 6; c++) {
            for (int i = 1; i <= 4; i++) {
                assertTrue(items.contains(c + "." + i), c + "." + i);
            }
        }
        for (int i = 1; i <= 6; i++) {
            assertTrue(items.contains("7." + i), "7." + i);
        }
        Item km = taxonomy.items().stream().filter(i -> i.scheme().equals("PMQA4.0") && i.id().equals("4.3"))
                .findFirst().orElseThrow();
        assertTrue(km.titleTh().startsWith("การจัดการความรู้"));
        assertEquals(Set.of("Basic", "Advance", "Significance"), km.levels().keySet());
        assertEquals(List.of("ระดับพื้นฐาน", "ระดับก้าวหน้า", "ระดับพัฒนาจนเกิดผล"),
                taxonomy.levels().stream().map(Level::nameTh).toList());
    }

    @Test
    void namesVariantsAndAwardNames() {
        Category c4 = taxonomy.category(4).orElseThrow();
        assertEquals("การวัด การวิเคราะห์ และการจัดการความรู้", c4.nameTh());
        assertEquals("หมวด 4 ด้านการวิเคราะห์ผลการดำเนินงานขององค์การและการจัดการความรู้", c4.awardNameTh());
        assertTrue(taxonomy.category(6).orElseThrow().variants().contains("การจัดการกระบวนการ"));
        assertTrue(taxonomy.category(1).orElseThrow().variants().contains("การนำองค์กร"));
        // keywords are the flattened evidence, so editing the evidence is editing the keywords
        assertTrue(taxonomy.category(5).orElseThrow().keywords().contains("ความผาสุก"));
    }

    @Test
    void serialisesToJsonAsItIsWithJackson() throws IOException {
        assertServed(JsonMapper.builder().build().writeValueAsString(taxonomy));
    }

    @Test
    void serialisesToJsonAsItIsWithMicronautSerde() throws IOException {
        // GET /api/taxonomy returns the object through Micronaut Serialization
        assertServed(io.micronaut.serde.ObjectMapper.getDefault().writeValueAsString(taxonomy));
    }

    private void assertServed(String json) throws IOException {
        JsonNode n = JsonMapper.builder().build().readTree(json);
        assertEquals(7, n.get("categories").size());
        assertEquals(taxonomy.codes().size(), n.get("codes").size());
        assertTrue(n.get("codes").get(0).has("verified"));
        assertTrue(n.has("items") && n.has("levels") && n.has("editions"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown field       | \"nameTh\": \"เกณฑ์คุณภาพการบริหารจัดการภาครัฐ (PMQA)\" | \"nameTh\": \"x\", \"nmae\": 1 | $.nmae: unknown field",
        "duplicate code      | \"code\": \"LD2\"                | \"code\": \"LD1\"               | code LD1 appears twice in edition FL2552",
        "not a code          | \"code\": \"LD2\"                | \"code\": \"LD9X\"              | \"LD9X\" is not a code",
        "wrong prefix        | \"code\": \"LD2\"                | \"code\": \"SP2\"               | SP2 does not start with LD",
        "missing category    | \"number\": 7                    | \"number\": 1                   | category 1 appears twice",
        "unknown edition     | \"edition\": \"FL2\"             | \"edition\": \"FL9\"            | unknown edition \"FL9\"",
        "bad threshold       | \"contentThreshold\": 2.0        | \"contentThreshold\": -1        | contentThreshold: must be greater than 0",
        "not JSON            | \"schema\": 1,                   | \"schema\": 1,,                 | not valid JSON",
    })
    void rejectsABadFileNamingFileAndReason(String what, String from, String to, String reason, @TempDir Path dir)
            throws IOException {
        String original = defaultText();
        assertTrue(original.contains(from.strip()), "fixture text not found: " + from);
        Path file = dir.resolve("my-taxonomy.json");
        Files.writeString(file, original.replaceFirst(java.util.regex.Pattern.quote(from.strip()),
                java.util.regex.Matcher.quoteReplacement(to.strip())), StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Taxonomy.load(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(reason.strip()), what + ": " + e.getMessage());
    }

    @Test
    void rejectsAMissingFile(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Taxonomy.load(dir.resolve("none.json")));
        assertTrue(e.getMessage().contains("none.json") && e.getMessage().contains("not found"), e.getMessage());
    }

    @Test
    void loadsAnEditedCopyWithoutRecompiling(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("edited.json");
        Files.writeString(file, defaultText().replace("\"ความผาสุก|", "\"ความสุขในที่ทำงาน|ความผาสุก|"),
                StandardCharsets.UTF_8);
        Taxonomy edited = Taxonomy.load(file);
        assertTrue(edited.category(5).orElseThrow().keywords().contains("ความสุขในที่ทำงาน"));
        PassageClassifier pc = new PassageClassifier(edited);
        Classification c = pc.classify(new PassageContext("ส่งเสริมความสุขในที่ทำงานและสวัสดิการของบุคลากร",
                List.of(), "แผนพัฒนาบุคลากร PMQA"));
        assertEquals(List.of(5), c.categoryNumbers(), c.toString());
    }

    private static String defaultText() throws IOException {
        try (InputStream in = Taxonomy.class.getResourceAsStream(Taxonomy.DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String codes(String prefix, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            b.append(prefix).append(i).append(' ');
        }
        return b.toString();
    }

    private String codesOf(String edition) {
        return taxonomy.codes().stream().filter(c -> c.edition().equals(edition)).map(c -> c.code() + " ")
                .collect(Collectors.joining());
    }
}
