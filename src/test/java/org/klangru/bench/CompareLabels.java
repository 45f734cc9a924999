package org.klangru.bench;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.index.MultiBits;
import org.klangru.index.IndexFields;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A tool (not a test): do two indexes of the same corpus give every passage the same labels? Compares, per passage
 * id, the stored category and category_evidence values and the stored reasons (which carry the model's probability
 * and the words that weighed most). Prints the counts and the first differences; exit status 1 when any differ.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) org.klangru.bench.CompareLabels /tmp/idx-a /tmp/idx-b</pre>
 */
public final class CompareLabels {
    private CompareLabels() {
    }

    record Labels(String categories, String evidence, String why) {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Labels> a = read(Path.of(args[0]));
        Map<String, Labels> b = read(Path.of(args[1]));
        int same = 0;
        int differ = 0;
        int labelled = 0;
        for (Map.Entry<String, Labels> e : a.entrySet()) {
            Labels other = b.get(e.getKey());
            if (e.getValue().equals(other)) {
                same++;
                if (!e.getValue().categories().isEmpty()) {
                    labelled++;
                }
            } else if (differ++ < 10) {
                System.out.println("differs: " + e.getKey() + "\n  " + e.getValue() + "\n  " + other);
            }
        }
        int onlyB = (int) b.keySet().stream().filter(k -> !a.containsKey(k)).count();
        System.out.printf("passages %d / %d; same labels, evidence labels and reasons %d (%d with a category); "
                + "differ %d; only in the second %d%n", a.size(), b.size(), same, labelled, differ, onlyB);
        System.exit(differ == 0 && onlyB == 0 && a.size() > 0 ? 0 : 1);
    }

    private static Map<String, Labels> read(Path index) throws IOException {
        Map<String, Labels> out = new HashMap<>();
        try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
            StoredFields stored = r.storedFields();
            Bits live = MultiBits.getLiveDocs(r);
            for (int d = 0; d < r.maxDoc(); d++) {
                if (live != null && !live.get(d)) {
                    continue;
                }
                Document doc = stored.document(d);
                if (!IndexFields.KIND_PASSAGE.equals(doc.get(IndexFields.KIND))) {
                    continue;
                }
                out.put(doc.get(IndexFields.PASSAGE_ID), new Labels(sorted(doc.getValues(IndexFields.CATEGORY)),
                        sorted(doc.getValues(IndexFields.CATEGORY_EVIDENCE)), doc.get(IndexFields.WHY)));
            }
        }
        return out;
    }

    private static String sorted(String[] values) {
        String[] v = values.clone();
        Arrays.sort(v);
        return String.join(",", v);
    }
}
