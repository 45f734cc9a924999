package org.klangru.ingest;

import org.klangru.passage.Block;
import org.klangru.text.TextLayerQuality;
import org.klangru.text.ThaiTextRepair;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A tool (not a test): the text-layer assessment of every page of the given PDFs, and of damaged seed text. */
final class LayerProbe {
    public static void main(String[] args) throws Exception {
        TikaExtractor x = new TikaExtractor(ExtractionLimits.DEFAULT);
        for (String a : args) {
            Path f = Path.of(a);
            if (a.endsWith(".txt")) {
                String t = Files.readString(f);
                print(a + " clean", t);
                print(a + " sara am dropped", ThaiTextRepair.repair(t.replace("\u0E33", "")));
                print(a + " sara am -> aa", ThaiTextRepair.repair(t.replace("\u0E33", "\u0E32")));
                print(a + " tones dropped", ThaiTextRepair.repair(t.replaceAll("[\u0E48-\u0E4B]", "")));
                continue;
            }
            Map<Integer, StringBuilder> pages = new TreeMap<>();
            for (Block b : x.extract(f).blocks()) {
                pages.computeIfAbsent(b.page(), p -> new StringBuilder()).append(b.text()).append('\n');
            }
            pages.forEach((p, sb) -> print(f.getFileName() + " p" + p, sb.toString()));
        }
    }

    static void print(String name, String text) {
        TextLayerQuality.Assessment q = TextLayerQuality.assess(text);
        System.out.printf("%-58s letters %5d thai %5d unknown %5.1f%% am/1000 %5.1f junk %d %s%n", name, q.letters(),
                q.thaiLetters(), 100 * q.unknownThaiShare(), q.saraAmPer1000(), q.junk(),
                q.usable() ? "usable" : "OCR: " + q.problem());
    }
}
