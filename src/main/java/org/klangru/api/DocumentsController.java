package org.klangru.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.klangru.api.DocumentViews.DocumentList;
import org.klangru.api.DocumentViews.DocumentView;
import org.klangru.api.DocumentViews.PassageList;
import org.klangru.api.DocumentViews.PassageView;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.types.files.StreamedFile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.klangru.index.DocumentRecord;
import org.klangru.index.PassageRecord;
import org.klangru.search.DocumentBrowser;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** The indexed documents, their metadata and their passages in order. */
@Tag(name = "documents", description = "เอกสารในดัชนี (indexed documents)")
@Controller("/api/documents")
@ExecuteOn(TaskExecutors.BLOCKING)
class DocumentsController {
    static final int MAX_PAGE_SIZE = 10_000;
    static final String DOCUMENT_ID_FORM = "[0-9a-f]{16}";
    private static final Pattern DOCUMENT_ID = Pattern.compile(DOCUMENT_ID_FORM);

    private final DocumentBrowser browser;
    private final OriginalFiles originals;

    DocumentsController(DocumentBrowser browser, OriginalFiles originals) {
        this.browser = browser;
        this.originals = originals;
    }

    @Get
    @Operation(operationId = "listDocuments", summary = "รายการเอกสารในดัชนี (indexed documents)", parameters = {
            @Parameter(name = "page", in = ParameterIn.QUERY, description = "หน้า เริ่มที่ 1 (page)",
                    schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + SearchParams.MAX_PAGE, defaultValue = "1")),
            @Parameter(name = "size", in = ParameterIn.QUERY, description = "จำนวนต่อหน้า (documents per page)",
                    schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + MAX_PAGE_SIZE, defaultValue = "20"))})
    @ErrorAnswers.BadParameter
    @ErrorAnswers.TokenRequired
    @ErrorAnswers.Unavailable
    DocumentList list(HttpRequest<?> request) {
        int page = SearchParams.intParam(request.getParameters(), "page", 1, 1, SearchParams.MAX_PAGE);
        int size = SearchParams.intParam(request.getParameters(), "size", 20, 1, MAX_PAGE_SIZE);
        try {
            DocumentBrowser.DocumentPage result = browser.list(page, size);
            return new DocumentList(result.total(), page, size, result.documents().stream().map(DocumentView::of).toList());
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    @Get("/{id}")
    @Operation(operationId = "getDocument", summary = "ข้อมูลของเอกสารหนึ่งฉบับ (one document's metadata)")
    @ErrorAnswers.BadParameter
    @ErrorAnswers.TokenRequired
    @ErrorAnswers.NotFound
    @ErrorAnswers.Unavailable
    DocumentView document(@DocumentId @PathVariable String id) {
        checkId(id);
        try {
            return browser.document(id).map(DocumentView::of).orElseThrow(() -> notFound(id));
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    @Get("/{id}/passages")
    @Operation(operationId = "listDocumentPassages", summary = "ข้อความย่อยของเอกสารตามลำดับ (a document's passages in order)")
    @ErrorAnswers.BadParameter
    @ErrorAnswers.TokenRequired
    @ErrorAnswers.NotFound
    @ErrorAnswers.Unavailable
    PassageList passages(@DocumentId @PathVariable String id) {
        checkId(id);
        try {
            if (browser.document(id).isEmpty()) {
                throw notFound(id);
            }
            List<PassageRecord> passages = browser.passages(id);
            return new PassageList(id, passages.size(), passages.stream().map(PassageView::of).toList());
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    /** The original file, for download. */
    @Get("/{id}/file")
    @Operation(operationId = "downloadDocumentFile", summary = "ดาวน์โหลดไฟล์ต้นฉบับ (download the original file)")
    @ApiResponse(responseCode = "200", description = "ไฟล์ต้นฉบับ ชนิดตามไฟล์ (the original file, with its own media type)",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = "string", format = "binary")))
    @ErrorAnswers.BadParameter
    @ErrorAnswers.TokenRequired
    @ErrorAnswers.NotFound
    @ErrorAnswers.Unavailable
    HttpResponse<StreamedFile> file(@DocumentId @PathVariable String id) {
        checkId(id);
        try {
            DocumentRecord doc = browser.document(id).orElseThrow(() -> notFound(id));
            Path file = originals.find(doc).orElseThrow(() ->
                    new NotFoundException("ไม่พบไฟล์ต้นฉบับของเอกสาร " + id + " (original file not found)"));
            String name = file.getFileName().toString();
            MediaType type = doc.mediaType() == null ? MediaType.APPLICATION_OCTET_STREAM_TYPE : MediaType.of(doc.mediaType());
            return HttpResponse.ok(new StreamedFile(Files.newInputStream(file), type, Files.getLastModifiedTime(file).toMillis(), Files.size(file)))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
                            + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        } catch (IOException e) {
            throw unavailable(e);
        }
    }

    /** The description of a document id path variable. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
    @Parameter(description = "รหัสเอกสาร เลขฐานสิบหก 16 หลัก (document id: 16 hex digits)",
            schema = @Schema(type = "string", pattern = "^" + DOCUMENT_ID_FORM + "$", example = "0123456789abcdef"))
    @interface DocumentId {}

    static void checkId(String id) {
        if (!DOCUMENT_ID.matcher(id).matches()) {
            throw new BadRequestException("id", "รหัสเอกสารไม่ถูกต้อง '" + id + "' (document id is 16 hex digits)");
        }
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("ไม่พบเอกสาร " + id + " (no such document)");
    }

    private static ServiceUnavailableException unavailable(IOException e) {
        return new ServiceUnavailableException("อ่านดัชนีไม่ได้ในขณะนี้ (index not readable now)", e);
    }
}
