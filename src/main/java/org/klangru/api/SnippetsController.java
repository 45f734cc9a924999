package org.klangru.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.Explode;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.klangru.search.SearchRequest;
import org.klangru.search.SearchResult;
import org.klangru.search.PassageSearch;

import java.io.IOException;

/** Best-practice snippets by query, category and activity code. */
@Tag(name = "snippets", description = "ค้นหาข้อความย่อย (search passages)")
@Controller("/api/snippets")
@ExecuteOn(TaskExecutors.BLOCKING)
class SnippetsController {
    private final PassageSearch searcher;

    SnippetsController(PassageSearch searcher) {
        this.searcher = searcher;
    }

    @Get
    @Operation(operationId = "searchSnippets",
            summary = "ค้นหาข้อความย่อย หรือเรียกดูตามหมวด/รหัสกิจกรรม (search passages, or browse by category or code)",
            description = "ต้องมี q หรือ category หรือ code อย่างน้อยหนึ่งอย่าง; q ว่างคือการเรียกดู (at least one of q, category, code; "
                    + "an empty q with a category or code is browse mode, best practices first). Repeatable parameters also "
                    + "take comma-separated values.",
            parameters = {
                    @Parameter(name = "q", in = ParameterIn.QUERY, description = "คำค้น ไทย/อังกฤษ; \"วลี\", -คำที่ไม่เอา (query; may be empty with category or code)",
                            schema = @Schema(type = "string", maxLength = SearchParams.MAX_QUERY_CHARS), example = "การจัดการความรู้"),
                    @Parameter(name = "category", in = ParameterIn.QUERY, description = "หมวด 1–7, ซ้ำได้ (PMQA category, repeatable)",
                            explode = Explode.TRUE, schema = @Schema(ref = ApiDescription.SCHEMAS + "CategoryFilter")),
                    @Parameter(name = "code", in = ParameterIn.QUERY, description = "รหัสกิจกรรม เช่น CS1, ซ้ำได้ (activity code, repeatable)",
                            explode = Explode.TRUE, schema = @Schema(ref = ApiDescription.SCHEMAS + "CodeFilter")),
                    @Parameter(name = "type", in = ParameterIn.QUERY, description = "ประเภทเอกสาร ซ้ำได้ (document type, repeatable)",
                            explode = Explode.TRUE, schema = @Schema(ref = ApiDescription.SCHEMAS + "TypeFilter")),
                    @Parameter(name = "year", in = ParameterIn.QUERY, description = "ปี พ.ศ. 2566 หรือ ช่วง 2560-2566, ค.ศ. แปลงให้ ซ้ำได้ (Buddhist-era year or range; Common-era years are converted; repeatable)",
                            explode = Explode.TRUE, schema = @Schema(ref = ApiDescription.SCHEMAS + "YearFilter")),
                    @Parameter(name = "agency", in = ParameterIn.QUERY, description = "หน่วยงาน ซ้ำได้ (agency, repeatable)",
                            explode = Explode.TRUE, schema = @Schema(ref = ApiDescription.SCHEMAS + "AgencyFilter")),
                    @Parameter(name = "source", in = ParameterIn.QUERY, description = "ไฟล์ หรือโฟลเดอร์ที่ลงท้ายด้วย / สัมพัทธ์กับคลังเอกสาร ซ้ำได้ (file, or folder ending in /, relative to the corpus; repeatable)",
                            explode = Explode.TRUE, schema = @Schema(ref = ApiDescription.SCHEMAS + "SourceFilter")),
                    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "การเรียงลำดับ (order of hits)",
                            schema = @Schema(type = "string", allowableValues = {"relevance", "date"}, defaultValue = "relevance")),
                    @Parameter(name = "page", in = ParameterIn.QUERY, description = "หน้า เริ่มที่ 1 (page)",
                            schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + SearchParams.MAX_PAGE, defaultValue = "1")),
                    @Parameter(name = "size", in = ParameterIn.QUERY, description = "จำนวนต่อหน้า (hits per page)",
                            schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + SearchRequest.MAX_SIZE, defaultValue = "10"))})
    @ErrorAnswers.BadParameter
    @ErrorAnswers.TokenRequired
    @ErrorAnswers.Unavailable
    SearchResult snippets(HttpRequest<?> request) {
        try {
            return searcher.search(SearchParams.parse(request.getParameters()));
        } catch (IOException e) {
            throw new ServiceUnavailableException("ค้นหาไม่ได้ในขณะนี้ (search is not available now)", e);
        }
    }
}
