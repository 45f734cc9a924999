package org.klangru.ingest;

import org.klangru.passage.Block;

import java.util.List;
import java.util.Set;

/**
 * What extraction got out of one file.
 *
 * @param truncated true when the character limit cut the text
 * @param ocrPages  the 1-based pages whose text OCR read
 */
public record ExtractedDocument(String title, String mediaType, List<Block> blocks, boolean truncated,
                                Set<Integer> ocrPages) {

    public ExtractedDocument {
        ocrPages = Set.copyOf(ocrPages);
    }

    public ExtractedDocument(String title, String mediaType, List<Block> blocks, boolean truncated) {
        this(title, mediaType, blocks, truncated, Set.of());
    }

    public String fullText() {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            sb.append(b.text()).append('\n');
        }
        return sb.toString();
    }
}
