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
import org.klangru.search.Suggester;

import java.io.IOException;
import java.util.List;

/** Completions from titles, headings and domain terms as the user types. */
@Tag(name = "suggest", description = "คำแนะนำขณะพิมพ์ (completions)")
@Controller("/api/suggest")
@ExecuteOn(TaskExecutors.BLOCKING)
class SuggestController {
    static final int MAX_PREFIX_CHARS = 100;
    static final int MAX_SIZE = 20;

    private final Suggester suggester;

    SuggestController(Suggester suggester) {
        this.suggester = suggester;
    }

    @Serdeable
    record Suggestions(String prefix, List<Suggester.Suggestion> suggestions) {}

    @Get
    @Operation(operationId = "suggestCompletions", summary = "คำแนะนำขณะพิมพ์ จากชื่อเรื่อง หัวข้อ และคำศัพท์ (completions while typing)", parameters = {
            @Parameter(name = "prefix", in = ParameterIn.QUERY, required = true, description = "ข้อความที่พิมพ์แล้ว (text typed so far)",
                    schema = @Schema(type = "string", minLength = 1, maxLength = MAX_PREFIX_CHARS), example = "การจัด"),
            @Parameter(name = "size", in = ParameterIn.QUERY, description = "จำนวน (how many)",
                    schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + MAX_SIZE, defaultValue = "8"))})
    @ErrorAnswers.BadParameter
    @ErrorAnswers.TokenRequired
    @ErrorAnswers.Unavailable
    Suggestions suggest(HttpRequest<?> request) {
        String prefix = request.getParameters().get("prefix");
        if (prefix == null || prefix.isBlank()) {
            throw new BadRequestException("prefix", "กรุณาระบุคำที่พิมพ์ (prefix) (give the text typed so far)");
        }
        if (prefix.length() > MAX_PREFIX_CHARS) {
            throw new BadRequestException("prefix", "prefix ยาวเกิน " + MAX_PREFIX_CHARS + " ตัวอักษร (too long)");
        }
        int size = SearchParams.intParam(request.getParameters(), "size", 8, 1, MAX_SIZE);
        try {
            return new Suggestions(prefix, suggester.suggest(prefix, size));
        } catch (IOException e) {
            throw new ServiceUnavailableException("อ่านดัชนีไม่ได้ในขณะนี้ (index not readable now)", e);
        }
    }
}
