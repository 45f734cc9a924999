package org.klangru.ingest;

import org.klangru.passage.Block;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects Tika's XHTML events into structural blocks: headings, paragraphs, list items and table
 * rows (cells joined with " | "), with page numbers where the format has pages.
 */
final class BlockCollector extends DefaultHandler {
    private final int maxChars;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private Block.Kind kind = Block.Kind.PARAGRAPH;
    private int headingLevel;
    private int page;
    private int rowDepth;
    private int totalChars;
    private boolean truncated;
    private boolean inTitle;
    private final StringBuilder title = new StringBuilder();

    BlockCollector(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName.isEmpty() ? qName.toLowerCase(Locale.ROOT) : localName.toLowerCase(Locale.ROOT);
        switch (name) {
            case "title" -> inTitle = true;
            case "div" -> {
                if ("page".equals(atts.getValue("class"))) {
                    flush();
                    page++;
                }
            }
            case "tr" -> {
                flush();
                rowDepth++;
                kind = Block.Kind.TABLE_ROW;
            }
            case "td", "th" -> {
                if (rowDepth > 0 && text.length() > 0) {
                    text.append(" | ");
                }
            }
            case "br" -> text.append('\n');
            default -> {
                if (rowDepth > 0) {
                    return; // paragraphs inside a cell belong to the row
                }
                if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
                    flush();
                    kind = Block.Kind.HEADING;
                    headingLevel = name.charAt(1) - '0';
                } else if (name.equals("li")) {
                    flush();
                    kind = Block.Kind.LIST_ITEM;
                } else if (name.equals("p") || name.equals("blockquote") || name.equals("pre")) {
                    flush();
                    kind = Block.Kind.PARAGRAPH;
                }
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName.toLowerCase(Locale.ROOT) : localName.toLowerCase(Locale.ROOT);
        switch (name) {
            case "title" -> inTitle = false;
            case "tr" -> {
                flush();
                rowDepth = Math.max(0, rowDepth - 1);
            }
            case "td", "th" -> { }
            default -> {
                if (rowDepth == 0 && (name.equals("p") || name.equals("li") || name.equals("blockquote")
                        || name.equals("pre") || name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1)))) {
                    flush();
                }
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inTitle) {
            title.append(ch, start, length);
            return;
        }
        if (truncated) {
            return;
        }
        int room = maxChars - totalChars;
        int take = Math.min(room, length);
        text.append(ch, start, take);
        totalChars += take;
        if (take < length) {
            truncated = true;
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    @Override
    public void endDocument() {
        flush();
    }

    private void flush() {
        if (text.length() > 0 && !text.toString().isBlank()) {
            int level = kind == Block.Kind.HEADING ? headingLevel : 0;
            blocks.add(new Block(kind, text.toString(), level, page));
        }
        text.setLength(0);
        kind = Block.Kind.PARAGRAPH;
    }

    List<Block> blocks() {
        return blocks;
    }

    boolean truncated() {
        return truncated;
    }

    String htmlTitle() {
        return title.toString().strip();
    }
}
