package org.klangru.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.klangru.index.PassageIndex;
import org.klangru.ingest.IngestReport;
import org.klangru.ingest.IngestRunner;
import org.klangru.ingest.ocr.OcrEngine;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Says whether the index is open and what it holds. */
@Tag(name = "health", description = "สถานะ (status)")
@Controller("/api/health")
@ExecuteOn(TaskExecutors.BLOCKING)
class HealthController {
    private final PassageIndex store;
    private final IngestStatus ingestStatus;
    private final OcrEngine ocr;
    private final IngestRunner runner;
    private final CorpusLocation corpus;
    private final LiveIndexing live;

    private final WriteTokens tokens;
    private final SecurityConfig security;

    HealthController(PassageIndex store, IngestStatus ingestStatus, OcrEngine ocr, IngestRunner runner, CorpusLocation corpus,
                     LiveIndexing live, WriteTokens tokens, SecurityConfig security) {
        this.tokens = tokens;
        this.security = security;
        this.store = store;
        this.ingestStatus = ingestStatus;
        this.ocr = ocr;
        this.runner = runner;
        this.corpus = corpus;
        this.live = live;
    }

    @Get
    @ErrorAnswers.Unavailable
    @io.swagger.v3.oas.annotations.Operation(operationId = "getHealth", summary = "สถานะของดัชนี (index status: open, counts, last ingest)")
    Map<String, Object> health() {
        Map<String, Object> body = new LinkedHashMap<>();
        try {
            PassageIndex.Counts counts = store.counts();
            body.put("status", "UP");
            body.put("documents", counts.documents());
            body.put("passages", counts.passages());
        } catch (IOException e) {
            throw new ServiceUnavailableException("ดัชนีไม่พร้อม (index not available)", e);
        }
        IngestRunner.State run = runner.state();
        body.put("indexing", run.running());
        body.put("watching", live.watching());
        body.put("ingestRun", IngestRunView.of(run, corpus.path()));
        body.put("index", store.location());
        body.put("analyzer", store.analysis().name().toLowerCase(java.util.Locale.ROOT));
        body.put("analyzerVersion", store.analysis().version());
        body.put("uploadsEnabled", tokens.enabled());
        body.put("readRequiresToken", security.isReadRequiresToken());
        Map<String, Object> ocrStatus = new LinkedHashMap<>();
        ocrStatus.put("available", ocr.available());
        ocr.version().ifPresent(v -> ocrStatus.put("engine", v));
        ocrStatus.put("languages", ocr.settings().languages());
        ocr.unavailable().ifPresent(why -> ocrStatus.put("problem", why));
        body.put("ocr", ocrStatus);
        IngestReport last = ingestStatus.last();
        if (last != null) {
            Map<String, Object> ingest = new LinkedHashMap<>();
            ingest.put("at", ingestStatus.at().toString());
            ingest.put("added", last.added());
            ingest.put("updated", last.updated());
            ingest.put("unchanged", last.unchanged());
            ingest.put("removed", last.removed());
            ingest.put("elapsedMs", last.elapsed().toMillis());
            List<Map<String, String>> failures = last.failures().stream()
                    .map(f -> Map.of("source", f.source(), "reason", f.reason().name(), "message", f.message()))
                    .toList();
            ingest.put("failures", failures);
            body.put("lastIngest", ingest);
        }
        return body;
    }
}
