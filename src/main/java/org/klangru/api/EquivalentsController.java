package org.klangru.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.klangru.search.PassageSearch;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The abbreviations and translations the collection defines for itself, for a KM officer to review. */
@Tag(name = "equivalents", description = "คำย่อและคำแปลที่เรียนรู้จากเอกสาร (equivalents learned from the collection)")
@Controller("/api/equivalents")
@ExecuteOn(TaskExecutors.BLOCKING)
class EquivalentsController {
    static final int MAX_QUERY_CHARS = 200;

    private final PassageSearch searcher;

    EquivalentsController(PassageSearch searcher) {
        this.searcher = searcher;
    }

    /** The list is always there, empty when nothing matches (a reviewer reads "none", not a missing field). */
    @Serdeable
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    record Equivalents(String query, List<Map<String, Object>> equivalents) {}

    @Get
    @Operation(operationId = "listEquivalents",
            summary = "คำย่อและคำแปลที่เอกสารในคลังนิยามไว้เอง (equivalents the collection defines)", parameters = {
            @Parameter(name = "q", in = ParameterIn.QUERY, required = true,
                    description = "คำย่อ ชื่อเต็ม หรือคำภาษาอังกฤษ (an abbreviation, full name or English term)",
                    schema = @Schema(type = "string", minLength = 1, maxLength = MAX_QUERY_CHARS), example = "ธอส.")})
    @ErrorAnswers.BadParameter
    @ErrorAnswers.TokenRequired
    @ErrorAnswers.Unavailable
    Equivalents list(HttpRequest<?> request) {
        String q = request.getParameters().get("q");
        if (q == null || q.isBlank()) {
            throw new BadRequestException("q", "กรุณาระบุคำที่ต้องการ (q) (give a word to look up)");
        }
        if (q.length() > MAX_QUERY_CHARS) {
            throw new BadRequestException("q", "q ยาวเกิน " + MAX_QUERY_CHARS + " ตัวอักษร (too long)");
        }
        try {
            return new Equivalents(q, searcher.equivalents(q.strip()));
        } catch (IOException e) {
            throw new ServiceUnavailableException("อ่านดัชนีไม่ได้ในขณะนี้ (index not readable now)", e);
        }
    }
}
