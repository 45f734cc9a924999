package org.klangru.ingest;

import org.klangru.passage.Block;

import java.util.List;

/**
 * What extraction got out of one file.
 *
 * @param truncated true when the character limit cut the text
 */
public record ExtractedDocument(String title, String mediaType, List<Block> blocks, boolean truncated) {

    public String fullText() {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            sb.append(b.text()).append('\n');
        }
        return sb.toString();
    }
}
