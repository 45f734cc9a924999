package org.klangru.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import org.klangru.search.SearchResult;
import org.klangru.search.SnippetSearcher;

import java.io.IOException;

/** Best-practice snippets by query, category and activity code. */
@Controller("/api/snippets")
@ExecuteOn(TaskExecutors.BLOCKING)
class SnippetsController {
    private final SnippetSearcher searcher;

    SnippetsController(SnippetSearcher searcher) {
        this.searcher = searcher;
    }

    @Get
    @Operation(summary = "ค้นหาข้อความย่อย หรือเรียกดูตามหมวด/รหัสกิจกรรม (search passages, or browse by category or code)",
            parameters = {
                    @Parameter(name = "q", in = ParameterIn.QUERY, description = "คำค้น ไทย/อังกฤษ; \"วลี\", -คำที่ไม่เอา (query; may be empty with category or code)"),
                    @Parameter(name = "category", in = ParameterIn.QUERY, description = "หมวด 1–7, ซ้ำได้ (PMQA category, repeatable)"),
                    @Parameter(name = "code", in = ParameterIn.QUERY, description = "รหัสกิจกรรม เช่น CS1, ซ้ำได้ (activity code, repeatable)"),
                    @Parameter(name = "type", in = ParameterIn.QUERY, description = "study-visit, sop-manual, km-plan, meeting-news, award-report, other"),
                    @Parameter(name = "year", in = ParameterIn.QUERY, description = "ปี พ.ศ. 2566 หรือ ช่วง 2560-2566 (Buddhist-era year or range)"),
                    @Parameter(name = "agency", in = ParameterIn.QUERY, description = "หน่วยงาน (agency)"),
                    @Parameter(name = "source", in = ParameterIn.QUERY, description = "ไฟล์ หรือโฟลเดอร์ที่ลงท้ายด้วย / (file or folder/)"),
                    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "relevance (default) หรือ date"),
                    @Parameter(name = "page", in = ParameterIn.QUERY, description = "หน้า เริ่มที่ 1 (page)"),
                    @Parameter(name = "size", in = ParameterIn.QUERY, description = "จำนวนต่อหน้า 1–100 (hits per page)")})
    SearchResult snippets(HttpRequest<?> request) {
        try {
            return searcher.search(SearchParams.parse(request.getParameters()));
        } catch (IOException e) {
            throw new ServiceUnavailableException("ค้นหาไม่ได้ในขณะนี้ (search is not available now)", e);
        }
    }
}
