package org.klangru.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpParameters;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.Explode;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.klangru.evidence.EvidenceCollector;
import org.klangru.evidence.EvidenceFormat;
import org.klangru.evidence.EvidencePack;
import org.klangru.evidence.EvidencePlan;
import org.klangru.evidence.EvidencePlanException;
import org.klangru.evidence.EvidenceRequest;
import org.klangru.evidence.EvidenceVocabulary;
import org.klangru.index.PassageIndex;
import org.klangru.taxonomy.Taxonomy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Evidence packs: a category's strongest passages per item, KM step and change element, with a coverage table. */
@Tag(name = "evidence", description = "แฟ้มหลักฐาน (evidence packs)")
@Controller("/api/evidence")
@ExecuteOn(TaskExecutors.BLOCKING)
class EvidenceController {
    static final int MAX_AGENCY_CHARS = 200;
    /** A Host header we are willing to put into links (name or address, optional port). */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]{1,253}(?::[0-9]{1,5})?|\\[[0-9A-Fa-f:.]{2,45}](?::[0-9]{1,5})?");

    private final Taxonomy taxonomy;
    private final EvidenceVocabulary vocabulary = EvidenceVocabulary.loadDefault();
    private final EvidenceCollector collector;

    EvidenceController(Taxonomy taxonomy, PassageIndex store) {
        this.taxonomy = taxonomy;
        this.collector = new EvidenceCollector(store);
    }

    @Get(produces = {MediaType.APPLICATION_JSON, EvidenceFormat.MARKDOWN_TYPE, EvidenceFormat.DOCX_TYPE})
    @Operation(operationId = "getEvidencePack",
            summary = "แฟ้มหลักฐานของหมวด: ตารางความครอบคลุม และข้อความที่ดีที่สุดพร้อมการอ้างอิงในแต่ละประเด็น "
            + "(evidence pack of a category: coverage table, then the strongest cited passages per item)",
            parameters = {
                    @Parameter(name = "category", in = ParameterIn.QUERY, required = true, description = "หมวด 1–7 (PMQA category)",
                            schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "7")),
                    @Parameter(name = "framework", in = ParameterIn.QUERY, description = "pmqa40 (ค่าเริ่มต้น), fl2552 หรือ fl2 (PMQA 4.0 items, or the Fundamental Level codes of an edition)",
                            schema = @Schema(type = "string", allowableValues = {"pmqa40", "fl2552", "fl2"}, defaultValue = "pmqa40")),
                    @Parameter(name = "agency", in = ParameterIn.QUERY, description = "หน่วยงาน ซ้ำได้ ชื่อละไม่เกิน " + MAX_AGENCY_CHARS
                            + " ตัวอักษร (agency, repeatable, at most " + MAX_AGENCY_CHARS + " characters each)",
                            explode = Explode.TRUE, schema = @Schema(ref = ApiDescription.SCHEMAS + "AgencyFilter")),
                    @Parameter(name = "year", in = ParameterIn.QUERY, description = "ปี พ.ศ. 2566 หรือ ช่วง 2560-2566 ซ้ำได้ (Buddhist-era year or range, repeatable)",
                            explode = Explode.TRUE, schema = @Schema(ref = ApiDescription.SCHEMAS + "YearFilter")),
                    @Parameter(name = "format", in = ParameterIn.QUERY, description = "รูปแบบของแฟ้ม (format of the pack); markdown = md",
                            schema = @Schema(type = "string", allowableValues = {"json", "md", "markdown", "docx"}, defaultValue = "json"))},
            responses = {
                    @ApiResponse(responseCode = "200", description = "แฟ้มหลักฐาน (the pack)", content = {
                            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object")),
                            @Content(mediaType = EvidenceFormat.MARKDOWN_TYPE, schema = @Schema(type = "string")),
                            @Content(mediaType = EvidenceFormat.DOCX_TYPE, schema = @Schema(type = "string", format = "binary"))})})
    @ErrorAnswers.BadParameter
    @ErrorAnswers.TokenRequired
    @ErrorAnswers.Unavailable
    HttpResponse<byte[]> evidence(HttpRequest<?> request) {
        HttpParameters p = request.getParameters();
        int category = category(p);
        String framework = single(p, "framework", "pmqa40");
        EvidenceFormat format;
        try {
            format = EvidenceFormat.parse(single(p, "format", "json"));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("format", e.getMessage());
        }
        List<String> agencies = SearchParams.values(p, "agency");
        for (String a : agencies) {
            if (a.length() > MAX_AGENCY_CHARS) {
                throw new BadRequestException("agency", "ชื่อหน่วยงานยาวเกิน " + MAX_AGENCY_CHARS
                        + " ตัวอักษร (agency longer than " + MAX_AGENCY_CHARS + " characters)");
            }
        }
        List<Integer> years = new ArrayList<>();
        for (String y : SearchParams.values(p, "year")) {
            years.addAll(SearchParams.years(y));
        }
        EvidencePlan plan;
        try {
            plan = EvidencePlan.build(taxonomy, vocabulary, framework, category);
        } catch (EvidencePlanException e) {
            throw new BadRequestException(e.parameter(), e.getMessage());
        }
        EvidencePack pack;
        try {
            pack = collector.collect(plan, new EvidenceRequest(agencies, years, baseUrl(request),
                    EvidenceRequest.DEFAULT_QUOTES, LocalDate.now()));
        } catch (IOException e) {
            throw new ServiceUnavailableException("อ่านดัชนีไม่ได้ในขณะนี้ (index not readable now)", e);
        }
        MutableHttpResponse<byte[]> response = HttpResponse.ok(format.write(pack)).contentType(format.contentType());
        if (format != EvidenceFormat.JSON) {
            response.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + format.fileName(pack) + "\"");
        }
        return response;
    }

    static int category(HttpParameters p) {
        List<String> values = SearchParams.values(p, "category");
        if (values.isEmpty()) {
            throw new BadRequestException("category", "กรุณาระบุหมวด (category) 1–7 (give a category 1-7)");
        }
        if (values.size() > 1) {
            throw new BadRequestException("category", "แฟ้มหลักฐานหนึ่งแฟ้มมีได้หมวดเดียว (one category per pack)");
        }
        return SearchParams.category(values.get(0));
    }

    static String single(HttpParameters p, String name, String dflt) {
        List<String> values = SearchParams.values(p, name);
        if (values.size() > 1) {
            throw new BadRequestException(name, name + " ระบุได้ค่าเดียว (give one " + name + ")");
        }
        return values.isEmpty() ? dflt : values.get(0);
    }

    /** Links in the pack point back to the server the client asked (its Host header), else to the default. */
    static String baseUrl(HttpRequest<?> request) {
        String host = request.getHeaders().get(HttpHeaders.HOST);
        if (host == null || !HOST.matcher(host.strip()).matches()) {
            return EvidenceRequest.DEFAULT_BASE_URL;
        }
        return (request.isSecure() ? "https://" : "http://") + host.strip();
    }
}
