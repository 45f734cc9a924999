package org.klangru.collections;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.nio.file.Path;

/** Where collections are stored and how large they may grow ({@code klangru.collections.*}). */
@ConfigurationProperties("klangru.collections")
public class CollectionsConfig {
    /** Folder of the collections database; unset means {@code collections} inside the index folder. */
    private Path dir;
    private int maxItems = 1000;
    private int maxNoteChars = 2000;
    private int maxTitleChars = 200;
    private int maxDescriptionChars = 4000;

    public Path getDir() {
        return dir;
    }

    public void setDir(Path dir) {
        this.dir = dir;
    }

    public int getMaxItems() {
        return maxItems;
    }

    public void setMaxItems(int maxItems) {
        this.maxItems = maxItems;
    }

    public int getMaxNoteChars() {
        return maxNoteChars;
    }

    public void setMaxNoteChars(int maxNoteChars) {
        this.maxNoteChars = maxNoteChars;
    }

    public int getMaxTitleChars() {
        return maxTitleChars;
    }

    public void setMaxTitleChars(int maxTitleChars) {
        this.maxTitleChars = maxTitleChars;
    }

    public int getMaxDescriptionChars() {
        return maxDescriptionChars;
    }

    public void setMaxDescriptionChars(int maxDescriptionChars) {
        this.maxDescriptionChars = maxDescriptionChars;
    }

    public Limits limits() {
        return new Limits(maxItems, maxNoteChars, maxTitleChars, maxDescriptionChars);
    }

    /** The limits as a plain value, checked by {@link CollectionService}. */
    public record Limits(int maxItems, int maxNoteChars, int maxTitleChars, int maxDescriptionChars) {
        public static final Limits DEFAULT = new Limits(1000, 2000, 200, 4000);

        public Limits {
            // the database columns bound what can be kept: a larger setting would fail at write time
            if (maxItems < 1 || maxNoteChars < 1 || maxNoteChars > 2000 || maxTitleChars < 1 || maxTitleChars > 200
                    || maxDescriptionChars < 0 || maxDescriptionChars > 4000) {
                throw new IllegalArgumentException("klangru.collections limits out of range: max-items >= 1, "
                        + "max-note-chars 1-2000, max-title-chars 1-200, max-description-chars 0-4000");
            }
        }
    }
}
