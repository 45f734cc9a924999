package org.klangru.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.klangru.index.PassageRecord;
import org.klangru.passage.Passage;
import org.klangru.taxonomy.BestPracticeScorer;
import org.klangru.taxonomy.Classification;
import org.klangru.taxonomy.DocumentClassifier;
import org.klangru.taxonomy.DocumentFacts;
import org.klangru.taxonomy.PassageClassifier;
import org.klangru.taxonomy.PassageContext;
import org.klangru.taxonomy.Taxonomy;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Gives each passage its PMQA categories, activity codes and best-practice score, with the reasons kept as
 * JSON beside them, and each document its type, date and agency. Thread-safe.
 */
public final class PassageLabeler {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PassageClassifier passages;
    private final DocumentClassifier documents;
    private final BestPracticeScorer bestPractice = new BestPracticeScorer();

    public PassageLabeler(Taxonomy taxonomy) {
        this.passages = new PassageClassifier(taxonomy);
        this.documents = new DocumentClassifier(taxonomy);
    }

    public List<PassageRecord> label(String documentId, String title, List<Passage> list) {
        return label(documentId, title, list, Set.of());
    }

    /** @param ocrPages the pages whose text OCR read: their passages are marked as OCR text */
    public List<PassageRecord> label(String documentId, String title, List<Passage> list, Set<Integer> ocrPages) {
        List<Classification> labels = new ArrayList<>(list.size());
        for (int from = 0; from < list.size(); ) {
            int to = from + 1;
            while (to < list.size() && list.get(to).paragraph() == list.get(from).paragraph()) {
                to++;
            }
            List<Passage> pieces = list.subList(from, to);
            PassageContext paragraph = new PassageContext(Passage.paragraphText(pieces), pieces.get(0).headings(), title);
            labels.addAll(passages.classifyParagraph(paragraph, pieces.stream()
                    .map(p -> new PassageContext(p.text(), p.headings(), title)).toList()));
            from = to;
        }
        return IntStream.range(0, list.size()).mapToObj(i -> {
            Passage p = list.get(i);
            Classification c = labels.get(i);
            BestPracticeScorer.Score score = bestPractice.evaluate(p.text(), p.headings());
            Map<String, Object> why = new LinkedHashMap<>();
            why.put("categories", c.categories());
            why.put("codes", c.codes());
            why.put("bestPractice", score.reasons());
            return new PassageRecord(PassageRecord.passageId(documentId, p.ordinal()), documentId, p.ordinal(),
                    p.headingPath(), p.text(), c.categoryNumbers().stream().distinct().sorted().toList(),
                    c.codeNames().stream().distinct().toList(), json(why), score.score(), p.page(),
                    ocrPages.contains(p.page()), c.evidenceCategories());
        }).toList();
    }

    /** Document-level facts: type, date, agency. */
    public DocumentLabels describe(String title, String fullText, String source) {
        DocumentFacts f = documents.describe(title, fullText, source);
        return new DocumentLabels(f.type() == null ? "other" : f.type(), f.date(), f.agency());
    }

    public record DocumentLabels(String type, LocalDate date, String agency) {}

    private static String json(Map<String, Object> why) {
        try {
            return JSON.writeValueAsString(why);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
