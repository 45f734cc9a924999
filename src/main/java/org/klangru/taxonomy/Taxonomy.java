package org.klangru.taxonomy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.AccessorsStyle;
import io.micronaut.serde.annotation.Serdeable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Immutable model of the PMQA taxonomy file: categories, Fundamental Level activity codes with their editions,
 * PMQA 4.0 items and levels, and the classifier's vocabulary. The default file is the classpath resource
 * {@value #DEFAULT_RESOURCE}; a user may point to a copy of their own ({@link #load(Path)}).
 *
 * <p>All public state is plain records of strings, numbers, booleans and lists, so the object can be written as JSON
 * as it is (GET /api/taxonomy).
 */
@Serdeable.Serializable
@AccessorsStyle(readPrefixes = "")
public final class Taxonomy {
    public static final String DEFAULT_RESOURCE = "/org/klangru/taxonomy/pmqa-taxonomy.json";

    private final int schema;
    private final String nameTh;
    private final String nameEn;
    private final List<String> notes;
    private final List<Source> sources;
    private final List<Edition> editions;
    private final List<Level> levels;
    private final Profile organizationProfile;
    private final List<Category> categories;
    private final List<ActivityCode> codes;
    private final List<Item> items;
    private final ClassifierSettings classifier;
    private final List<DocumentType> documentTypes;
    private final List<Agency> agencies;

    /** The organisational profile (ลักษณะสำคัญขององค์การ) that precedes หมวด 1 in PMQA reports. */
    @Serdeable
    public record Profile(String nameTh, String nameEn) {
    }

    Taxonomy(int schema, String nameTh, String nameEn, List<String> notes, List<Source> sources,
             List<Edition> editions, List<Level> levels, Profile organizationProfile, List<Category> categories,
             List<ActivityCode> codes, List<Item> items, ClassifierSettings classifier,
             List<DocumentType> documentTypes, List<Agency> agencies) {
        this.schema = schema;
        this.nameTh = nameTh;
        this.nameEn = nameEn;
        this.notes = List.copyOf(notes);
        this.sources = List.copyOf(sources);
        this.editions = List.copyOf(editions);
        this.levels = List.copyOf(levels);
        this.organizationProfile = organizationProfile;
        this.categories = List.copyOf(categories);
        this.codes = List.copyOf(codes);
        this.items = List.copyOf(items);
        this.classifier = classifier;
        this.documentTypes = List.copyOf(documentTypes);
        this.agencies = List.copyOf(agencies);
    }

    private static final class DefaultHolder {
        static final Taxonomy INSTANCE = readDefault();
    }

    /** The taxonomy shipped with Klangru (loaded once; the object is immutable). */
    public static Taxonomy loadDefault() {
        return DefaultHolder.INSTANCE;
    }

    private static Taxonomy readDefault() {
        try (InputStream in = Taxonomy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + DEFAULT_RESOURCE + " is missing");
            }
            return TaxonomyReader.read(in, "classpath:" + DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /**
     * Loads a taxonomy file a user points to (JSON, same layout as the default resource).
     *
     * @throws IllegalArgumentException naming the file and the reason when the file is missing, unreadable or invalid
     */
    public static Taxonomy load(Path file) {
        if (file == null) {
            throw new IllegalArgumentException("taxonomy file: no path given");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("taxonomy file " + file + ": not found or not a regular file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return TaxonomyReader.read(in, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("taxonomy file " + file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    @JsonProperty
    public int schema() {
        return schema;
    }

    @JsonProperty
    public String nameTh() {
        return nameTh;
    }

    @JsonProperty
    public String nameEn() {
        return nameEn;
    }

    @JsonProperty
    public List<String> notes() {
        return notes;
    }

    @JsonProperty
    public List<Source> sources() {
        return sources;
    }

    @JsonProperty
    public List<Edition> editions() {
        return editions;
    }

    /** PMQA 4.0 levels: Basic, Advance, Significance. */
    @JsonProperty
    public List<Level> levels() {
        return levels;
    }

    @JsonProperty
    public Profile organizationProfile() {
        return organizationProfile;
    }

    /** The seven categories, in number order. */
    @JsonProperty
    public List<Category> categories() {
        return categories;
    }

    /** Every activity code of every edition; (edition, code) is unique. */
    @JsonProperty
    public List<ActivityCode> codes() {
        return codes;
    }

    /** PMQA 4.0 items (1.1–6.4, 7.1–7.6) and PMQA 2562 items. */
    @JsonProperty
    public List<Item> items() {
        return items;
    }

    @JsonProperty
    public ClassifierSettings classifier() {
        return classifier;
    }

    @JsonProperty
    public List<DocumentType> documentTypes() {
        return documentTypes;
    }

    @JsonProperty
    public List<Agency> agencies() {
        return agencies;
    }

    public Optional<Category> category(int number) {
        return categories.stream().filter(c -> c.number() == number).findFirst();
    }

    /** The entries of a code in every edition that has it (empty when unknown); the code is matched case-blind. */
    public List<ActivityCode> code(String code) {
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        return codes.stream().filter(a -> a.code().equals(c)).toList();
    }

    /** The category of a code, 0 when the code is unknown. */
    public int categoryOfCode(String code) {
        List<ActivityCode> found = code(code);
        return found.isEmpty() ? 0 : found.get(0).category();
    }

    @Override
    public String toString() {
        return "Taxonomy[" + categories.size() + " categories, " + codes.size() + " codes, " + items.size()
                + " items]";
    }
}
