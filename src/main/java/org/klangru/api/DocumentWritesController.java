package org.klangru.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.klangru.index.DocumentRecord;
import org.klangru.index.PassageIndex;
import org.klangru.ingest.DocumentUploads;
import org.klangru.ingest.UploadResult;
import org.reactivestreams.Publisher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/** Adding documents by upload and removing them. Only with a token ({@link ApiAccessRule}); every file is audited. */
@Tag(name = "documents", description = "เอกสารในดัชนี (indexed documents)")
@Controller("/api/documents")
@ExecuteOn(TaskExecutors.BLOCKING)
class DocumentWritesController {
    /** The error answers of an upload carry the API's error fields and, when files were looked at, each one's outcome. */
    static final String UPLOAD_ERROR = "error, message, parameter as in every error; files and counts when files were read";

    private final DocumentUploads uploads;
    private final PassageIndex store;
    private final OriginalFiles originals;
    private final AuditLog audit;

    DocumentWritesController(DocumentUploads uploads, PassageIndex store, OriginalFiles originals, AuditLog audit) {
        this.uploads = uploads;
        this.store = store;
        this.originals = originals;
        this.audit = audit;
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "uploadDocuments",
            summary = "อัปโหลดเอกสาร ค้นหาได้ทันทีเมื่อได้คำตอบ (upload documents: multipart field 'files', one or several)",
            security = @SecurityRequirement(name = ApiDescription.BEARER))
    @ApiResponse(responseCode = "201", description = "นำเข้าแล้วอย่างน้อยหนึ่งไฟล์ (at least one file indexed)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UploadResponse.class)))
    @ApiResponse(responseCode = "200", description = "ทุกไฟล์ที่รับมีอยู่แล้ว (every file taken was already indexed)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UploadResponse.class)))
    @ApiResponse(responseCode = "400", description = "ไม่มีไฟล์ หรือทุกไฟล์ถูกปฏิเสธ (no files part, or every file rejected); " + UPLOAD_ERROR,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UploadResponse.class)))
    @ApiResponse(responseCode = "413", description = "คำขอหรือไฟล์ใหญ่เกินกำหนด (request or file over the limit); " + UPLOAD_ERROR,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UploadResponse.class)))
    @ApiResponse(responseCode = "415", description = "ชนิดไฟล์ที่ไม่รับ (file type not accepted); " + UPLOAD_ERROR,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UploadResponse.class)))
    @ApiResponse(responseCode = "422", description = "อ่านหรือนำเข้าไฟล์ไม่ได้ (no file could be read or indexed); " + UPLOAD_ERROR,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UploadResponse.class)))
    @ErrorAnswers.TokenRequired
    @ErrorAnswers.WritingDisabled
    @ErrorAnswers.Unavailable
    HttpResponse<UploadResponse> upload(HttpRequest<?> request, @Nullable @Part("files") Publisher<CompletedFileUpload> files) {
        List<CompletedFileUpload> parts = files == null ? List.of() : receive(files);
        if (parts.isEmpty()) {
            audit.record(request, "upload", null, "400", "no files part");
            throw new BadRequestException("files", "ไม่พบไฟล์ในคำขอ ส่งไฟล์ในช่อง 'files' แบบ multipart/form-data "
                    + "(no file: send one or more parts named 'files')");
        }
        // the parts' data (memory or temp files) is released by Micronaut when the request ends
        List<UploadView> views = new ArrayList<>();
        for (CompletedFileUpload part : parts) {
            UploadResult result = take(part);
            audit.record(request, "upload", part.getFilename(), result.status().name().toLowerCase(java.util.Locale.ROOT),
                    result.savedAs() != null ? result.savedAs() : result.reason());
            views.add(UploadView.of(result));
        }
        return respond(views);
    }

    private UploadResult take(CompletedFileUpload part) {
        try (InputStream in = part.getInputStream()) {
            return uploads.accept(part.getFilename(), in);
        } catch (IOException e) {
            throw new ServiceUnavailableException("บันทึกหรือนำเข้าไฟล์ไม่ได้ในขณะนี้ (could not save or index the file now)", e);
        }
    }

    private static List<CompletedFileUpload> receive(Publisher<CompletedFileUpload> files) {
        try {
            return UploadedParts.all(files);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("การอัปโหลดถูกขัดจังหวะ (upload interrupted)", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // too large, malformed: mapped to a 4xx by the exception handlers
            }
            throw new BadRequestException("files", "อ่านไฟล์ที่ส่งมาไม่ได้ (could not read the uploaded parts): " + e.getCause());
        }
    }

    /** 201 when something was indexed; 200 when the rest were duplicates; the rejection's 4xx when nothing was taken. */
    static HttpResponse<UploadResponse> respond(List<UploadView> views) {
        int indexed = count(views, "indexed"), duplicates = count(views, "duplicate");
        int rejected = count(views, "rejected"), failed = count(views, "failed");
        if (indexed > 0 || duplicates > 0) {
            HttpStatus status = indexed > 0 ? HttpStatus.CREATED : HttpStatus.OK;
            return HttpResponse.<UploadResponse>status(status)
                    .body(new UploadResponse(null, null, null, indexed, duplicates, rejected, failed, views));
        }
        HttpStatus status;
        String error;
        if (failed > 0) {
            status = HttpStatus.UNPROCESSABLE_ENTITY;
            error = "not_indexed";
        } else {
            List<String> reasons = views.stream().map(UploadView::reason).distinct().toList();
            String only = reasons.size() == 1 ? reasons.get(0) : "";
            status = switch (only) {
                case "TOO_LARGE" -> HttpStatus.REQUEST_ENTITY_TOO_LARGE;
                case "TYPE_NOT_ALLOWED" -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
                default -> HttpStatus.BAD_REQUEST;
            };
            error = "rejected";
        }
        String message = views.size() == 1 ? views.get(0).message()
                : "ไม่มีไฟล์ใดถูกนำเข้า ดูเหตุผลของแต่ละไฟล์ (no file was indexed; see each file's reason)";
        return HttpResponse.<UploadResponse>status(status)
                .body(new UploadResponse(error, message, "files", indexed, duplicates, rejected, failed, views));
    }

    private static int count(List<UploadView> views, String status) {
        return (int) views.stream().filter(v -> v.status().equals(status)).count();
    }

    @Delete("/{id}")
    @Operation(operationId = "deleteDocument",
            summary = "ลบเอกสารออกจากดัชนีและคลังเอกสาร (delete a document: its records and its file in the corpus)",
            security = @SecurityRequirement(name = ApiDescription.BEARER))
    @ErrorAnswers.BadParameter
    @ErrorAnswers.TokenRequired
    @ErrorAnswers.WritingDisabled
    @ErrorAnswers.NotFound
    @ErrorAnswers.Unavailable
    DeleteView delete(HttpRequest<?> request, @DocumentsController.DocumentId @PathVariable String id) {
        DocumentsController.checkId(id);
        try {
            DocumentRecord doc = store.document(id).orElseThrow(() ->
                    new NotFoundException("ไม่พบเอกสาร " + id + " (no such document)"));
            Optional<Path> file = originals.find(doc);
            store.delete(id);
            store.commit(Map.of());
            boolean removed = file.isPresent() && Files.deleteIfExists(file.get());
            audit.record(request, "delete", id + " " + doc.source(), "deleted", removed ? "file removed" : "file not in corpus");
            return new DeleteView(id, doc.source(), doc.passageCount(), removed,
                    removed ? "ลบเอกสารและไฟล์แล้ว (document and file removed)"
                            : "ลบเอกสารออกจากดัชนีแล้ว ไม่พบไฟล์ในคลังเอกสาร (removed from the index; no file inside the corpus)");
        } catch (IOException e) {
            throw new ServiceUnavailableException("ลบเอกสารไม่ได้ในขณะนี้ (could not delete now)", e);
        }
    }
}
