package org.klangru.evidence;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an evidence pack looks for, read from the editable resource {@value #DEFAULT_RESOURCE}: the frameworks, the
 * phrases and gap texts of each PMQA 4.0 item, level and activity code, and the 7-step KM process and 6 elements of
 * change management (names with where they come from). Immutable.
 */
public final class EvidenceVocabulary {
    public static final String DEFAULT_RESOURCE = "/org/klangru/evidence/evidence-plan.json";

    /**
     * What to look for under one heading.
     *
     * @param strong   concepts of which one is enough to quote a passage
     * @param weak     concepts that count only two together, or with a strong one
     * @param fillWith Thai: the kind of document that would fill a gap here
     */
    public record Phrases(List<String> strong, List<String> weak, String fillWith) {
        public Phrases {
            strong = strong == null ? List.of() : List.copyOf(strong);
            weak = weak == null ? List.of() : List.copyOf(weak);
        }
    }

    /**
     * A framework the pack can follow.
     *
     * @param scheme  the taxonomy's item scheme ("PMQA4.0"), or null for a Fundamental Level edition
     * @param edition the taxonomy's edition id ("FL2"), or null for PMQA 4.0
     */
    public record Framework(String id, String scheme, String edition, String nameTh, String nameEn) {}

    /**
     * One step of a process (a KM step, a change-management element).
     *
     * @param basis a source id of the taxonomy file, or "domain" (domain knowledge, no cited source)
     */
    public record Step(String id, String number, String nameTh, String nameEn, String basis, List<String> strong,
                       List<String> weak, String fillWith) {
        public Phrases phrases() {
            return new Phrases(strong, weak, fillWith);
        }
    }

    /**
     * A process of a category: the 7 KM steps, the 6 elements of change management.
     *
     * @param requireCategory only passages of the category count (the process's words are too common elsewhere)
     */
    public record Process(String id, int category, String titleTh, String titleEn, String basis,
                          boolean requireCategory, String note, List<Step> steps) {
        public Process {
            steps = List.copyOf(steps);
        }
    }

    record FileContent(int schema, List<String> notes, List<Framework> frameworks, Map<String, Phrases> items,
                       Map<String, Map<String, Phrases>> levels, Map<String, Map<String, Phrases>> codes,
                       List<Process> processes) {}

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final FileContent content;

    private EvidenceVocabulary(FileContent content) {
        this.content = content;
    }

    private static final class DefaultHolder {
        static final EvidenceVocabulary INSTANCE = readDefault();
    }

    /** The vocabulary shipped with Klangru (read once). */
    public static EvidenceVocabulary loadDefault() {
        return DefaultHolder.INSTANCE;
    }

    private static EvidenceVocabulary readDefault() {
        try (InputStream in = EvidenceVocabulary.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + DEFAULT_RESOURCE + " is missing");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /** Reads a vocabulary file (same layout as the default resource). */
    public static EvidenceVocabulary read(InputStream in) throws IOException {
        FileContent c = JSON.readValue(in, FileContent.class);
        if (c.frameworks() == null || c.frameworks().isEmpty()) {
            throw new IOException("evidence vocabulary: no frameworks");
        }
        return new EvidenceVocabulary(new FileContent(c.schema(), nullSafe(c.notes()), List.copyOf(c.frameworks()),
                c.items() == null ? Map.of() : Map.copyOf(c.items()),
                c.levels() == null ? Map.of() : Map.copyOf(c.levels()),
                c.codes() == null ? Map.of() : Map.copyOf(c.codes()),
                nullSafe(c.processes())));
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    public List<Framework> frameworks() {
        return content.frameworks();
    }

    public Optional<Framework> framework(String id) {
        return content.frameworks().stream().filter(f -> f.id().equalsIgnoreCase(id == null ? "" : id.strip())).findFirst();
    }

    /** Phrases of a PMQA item ("4.3"), if the file has them. */
    public Optional<Phrases> item(String id) {
        return Optional.ofNullable(content.items().get(id));
    }

    /** Phrases of one level ("Basic") of an item, if the file has them. */
    public Optional<Phrases> level(String itemId, String levelId) {
        return Optional.ofNullable(content.levels().getOrDefault(itemId, Map.of()).get(levelId));
    }

    /** Phrases of an activity code in an edition, if the file has them. */
    public Optional<Phrases> code(String edition, String code) {
        return Optional.ofNullable(content.codes().getOrDefault(edition, Map.of()).get(code));
    }

    /** The processes of a category, in file order (KM steps and change management for category 4). */
    public List<Process> processes(int category) {
        return content.processes().stream().filter(p -> p.category() == category).toList();
    }

    public List<String> notes() {
        return content.notes();
    }
}
