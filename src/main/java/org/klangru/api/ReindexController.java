package org.klangru.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.MediaType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.klangru.ingest.IngestRunner;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Brings the index in line with the corpus folder in the background. A request during a run queues one follow-up
 * run (files may have changed after the running one listed them) rather than failing. Writing routes under
 * {@code /api} need a token once security is on; this controller does not check one itself.
 */
@Tag(name = "reindex", description = "การนำเข้าใหม่ (re-indexing)")
@Controller("/api/reindex")
@ExecuteOn(TaskExecutors.BLOCKING)
class ReindexController {
    private final IngestRunner runner;
    private final CorpusLocation corpus;

    ReindexController(IngestRunner runner, CorpusLocation corpus) {
        this.runner = runner;
        this.corpus = corpus;
    }

    @Post
    @Operation(operationId = "startReindex",
            summary = "นำเข้าเอกสารจากโฟลเดอร์ใหม่ในเบื้องหลัง (re-index the corpus folder in the background)",
            security = @SecurityRequirement(name = ApiDescription.BEARER))
    @ApiResponse(responseCode = "202", description = "เริ่มแล้ว หรือจองรอบต่อไปไว้ (started, or a follow-up run queued)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IngestRunView.class)))
    @ErrorAnswers.TokenRequired
    @ErrorAnswers.WritingDisabled
    @ErrorAnswers.Conflict
    HttpResponse<IngestRunView> start() {
        Path folder = corpus.path();
        if (!Files.isDirectory(folder)) {
            throw new ConflictException("ไม่พบโฟลเดอร์เอกสาร " + folder.toAbsolutePath().normalize()
                    + " จึงนำเข้าใหม่ไม่ได้ (corpus folder not found; nothing to re-index)");
        }
        IngestRunner.State state;
        try {
            state = runner.request();
        } catch (IllegalStateException e) {
            throw new ConflictException("เซิร์ฟเวอร์กำลังปิด (the server is shutting down)");
        }
        return HttpResponse.status(HttpStatus.ACCEPTED).body(IngestRunView.of(state, folder));
    }

    @Get
    @Operation(operationId = "getReindexState", summary = "สถานะการนำเข้า (state of the background ingest: running, files done, failures)")
    @ErrorAnswers.TokenRequired
    IngestRunView state() {
        return IngestRunView.of(runner.state(), corpus.path());
    }
}
