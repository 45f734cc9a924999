package org.klangru.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.klangru.search.SearchHit;
import org.klangru.search.SimilarPassages;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/** Passages similar to a given one (more like this, on Thai words). */
@Tag(name = "passages", description = "ข้อความย่อย (passages)")
@Controller("/api/passages")
@ExecuteOn(TaskExecutors.BLOCKING)
class PassagesController {
    static final int MAX_SIZE = 50;
    static final String PASSAGE_ID_FORM = "[0-9a-f]{16}-[0-9]{4,6}";
    static final Pattern PASSAGE_ID = Pattern.compile(PASSAGE_ID_FORM);

    private final SimilarPassages similar;

    PassagesController(SimilarPassages similar) {
        this.similar = similar;
    }

    @Serdeable
    record SimilarList(String passageId, List<SearchHit> hits) {}

    @Get("/{id}/similar")
    @Operation(operationId = "listSimilarPassages", summary = "ข้อความย่อยที่คล้ายกัน (similar passages)", parameters = {
            @Parameter(name = "size", in = ParameterIn.QUERY, description = "จำนวน (how many)",
                    schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + MAX_SIZE, defaultValue = "5"))})
    @ErrorAnswers.BadParameter
    @ErrorAnswers.TokenRequired
    @ErrorAnswers.NotFound
    @ErrorAnswers.Unavailable
    SimilarList similar(@Parameter(description = "รหัสข้อความย่อย (passage id)",
            schema = @Schema(type = "string", pattern = "^" + PASSAGE_ID_FORM + "$", example = "0123456789abcdef-0001"))
                        @PathVariable String id, HttpRequest<?> request) {
        if (!PASSAGE_ID.matcher(id).matches()) {
            throw new BadRequestException("id", "รหัสข้อความย่อยไม่ถูกต้อง '" + id + "' (passage id like 0123456789abcdef-0001)");
        }
        int size = SearchParams.intParam(request.getParameters(), "size", 5, 1, MAX_SIZE);
        try {
            return similar.similar(id, size).map(hits -> new SimilarList(id, hits))
                    .orElseThrow(() -> new NotFoundException("ไม่พบข้อความย่อย " + id + " (no such passage)"));
        } catch (IOException e) {
            throw new ServiceUnavailableException("อ่านดัชนีไม่ได้ในขณะนี้ (index not readable now)", e);
        }
    }
}
