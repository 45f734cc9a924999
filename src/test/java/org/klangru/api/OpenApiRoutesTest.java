package org.klangru.api;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.klangru.TestHttp;
import org.klangru.evidence.EvidenceVocabulary;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The served OpenAPI description is valid for swagger-parser (what most OpenAPI tools are built on), names exactly
 * the API routes the server really has, and documents each one fully: a new route fails here until it has an
 * operation id, typed parameters, its error answers and, when it writes, the bearer scheme.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // Micronaut reads TestPropertyProvider only on a per-class instance
class OpenApiRoutesTest implements TestPropertyProvider {
    /** An operation id says what it does: a verb, then what it acts on ("list" alone is not enough). */
    private static final String OPERATION_ID = "(get|list|find|search|suggest|download|upload|import|export|create|add|update|replace|rename|move|reorder|set|delete|remove|start|stop)[A-Z][A-Za-z]*";

    @Inject
    EmbeddedServer server;
    @Inject
    Router router;

    @Override
    public Map<String, String> getProperties() {
        try {
            return Map.of("klangru.index.dir", Files.createTempDirectory("klangru-openapi").toString(),
                    "micronaut.server.port", "-1");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private OpenAPI parsed(String path) {
        TestHttp.Response served = new TestHttp(server.getURI()).get(path);
        assertEquals(200, served.status(), path);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(served.body(), null, null);
        assertEquals(List.of(), result.getMessages(), path + " must be valid OpenAPI 3");
        assertNotNull(result.getOpenAPI(), path);
        return result.getOpenAPI();
    }

    @Test
    void theYamlAndTheJsonAreValidAndTheSame() {
        TestHttp.Response yaml = new TestHttp(server.getURI()).get("/openapi.yml");
        assertTrue(yaml.body().startsWith("openapi: 3"), yaml.body());
        assertEquals(parsed("/openapi.yml"), parsed("/openapi.json"));
    }

    @Test
    void describedRoutesAreTheRealRoutes() {
        OpenAPI spec = parsed("/openapi.json");
        Set<String> described = new TreeSet<>();
        spec.getPaths().forEach((path, item) ->
                item.readOperationsMap().keySet().forEach(m -> described.add(m.name() + " " + path)));
        Set<String> real = router.uriRoutes()
                .filter(r -> r.getUriMatchTemplate().toString().startsWith("/api/"))
                .filter(r -> !r.getHttpMethodName().equals("HEAD")) // Micronaut answers HEAD for every GET
                .map(r -> r.getHttpMethodName() + " " + r.getUriMatchTemplate().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        assertFalse(real.isEmpty());
        assertEquals(real, described);

        Set<String> names = new TreeSet<>();
        spec.getPaths().get("/api/snippets").getGet().getParameters().forEach(p -> names.add(p.getName()));
        assertEquals(new TreeSet<>(Set.of("q", "category", "code", "type", "year", "agency", "source", "sort", "page", "size")), names);

        TestHttp.Response page = new TestHttp(server.getURI()).get("/api-docs");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("คำอธิบาย API"));
    }

    @Test
    void everyOperationIsFullyDocumented() {
        OpenAPI spec = parsed("/openapi.json");
        assertEquals(io.swagger.v3.oas.models.security.SecurityScheme.Type.HTTP,
                spec.getComponents().getSecuritySchemes().get(ApiDescription.BEARER).getType());
        assertEquals("bearer", spec.getComponents().getSecuritySchemes().get(ApiDescription.BEARER).getScheme());
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : spec.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> e : path.getValue().readOperationsMap().entrySet()) {
                String where = e.getKey() + " " + path.getKey() + ": ";
                Operation op = e.getValue();
                if (op.getOperationId() == null || !op.getOperationId().matches(OPERATION_ID)) {
                    problems.add(where + "operationId '" + op.getOperationId() + "' should be a verb and what it acts on");
                } else if (!ids.add(op.getOperationId())) {
                    problems.add(where + "operationId " + op.getOperationId() + " is used twice");
                }
                if (op.getSummary() == null || op.getSummary().isBlank()) {
                    problems.add(where + "no summary");
                }
                if (op.getTags() == null || op.getTags().isEmpty()) {
                    problems.add(where + "no tag (a generated client groups operations into classes by tag)");
                }
                List<Parameter> params = op.getParameters() == null ? List.of() : op.getParameters();
                for (Parameter p : params) {
                    Schema<?> s = resolve(spec, p.getSchema());
                    if (s == null || s.getType() == null) {
                        problems.add(where + "parameter " + p.getName() + " has no typed schema");
                    } else if ("array".equals(s.getType()) && (s.getItems() == null || resolve(spec, s.getItems()).getType() == null)) {
                        problems.add(where + "parameter " + p.getName() + " is an array without typed items");
                    }
                    if (p.getDescription() == null || p.getDescription().isBlank()) {
                        problems.add(where + "parameter " + p.getName() + " has no description");
                    }
                }
                Map<String, ApiResponse> responses = op.getResponses();
                if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                    problems.add(where + "no success answer");
                }
                if (!params.isEmpty() && !responses.containsKey("400")) {
                    problems.add(where + "takes parameters but lists no 400");
                }
                for (Map.Entry<String, ApiResponse> r : responses.entrySet()) {
                    if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                        checkErrorAnswer(spec, where + r.getKey(), r.getValue(), problems);
                    }
                }
                boolean write = e.getKey() != PathItem.HttpMethod.GET;
                if (write) {
                    List<SecurityRequirement> security = op.getSecurity();
                    if (security == null || security.stream().noneMatch(s -> s.containsKey(ApiDescription.BEARER))) {
                        problems.add(where + "a write route without the bearer security scheme");
                    }
                    for (String code : List.of("401", "403")) {
                        if (!responses.containsKey(code)) {
                            problems.add(where + "a write route that does not list " + code);
                        }
                    }
                } else if (!path.getKey().equals("/api/health") && !responses.containsKey("401")) {
                    problems.add(where + "does not list 401 (reads may require a token)");
                }
                if ((e.getKey() == PathItem.HttpMethod.POST || e.getKey() == PathItem.HttpMethod.PUT
                        || e.getKey() == PathItem.HttpMethod.PATCH) && op.getRequestBody() == null
                        && !path.getKey().equals("/api/reindex")) {
                    problems.add(where + "no request body described");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** An error answer is JSON with the API's error fields. */
    private static void checkErrorAnswer(OpenAPI spec, String where, ApiResponse response, List<String> problems) {
        MediaType json = response.getContent() == null ? null : response.getContent().get("application/json");
        Schema<?> schema = json == null ? null : resolve(spec, json.getSchema());
        if (schema == null || schema.getProperties() == null
                || !schema.getProperties().keySet().containsAll(List.of("error", "message", "parameter"))) {
            problems.add(where + " is not described as {error, message, parameter}");
        }
    }

    /** The enumerations of the description are the values the code accepts. */
    @Test
    void enumerationsAreWhatTheCodeAccepts() {
        OpenAPI spec = parsed("/openapi.json");
        Map<String, Schema> schemas = spec.getComponents().getSchemas();
        assertEquals(SearchParams.TYPES, Set.copyOf(schemas.get("TypeFilter").getItems().getEnum()));
        Schema<?> category = schemas.get("CategoryFilter").getItems();
        assertEquals(1, category.getMinimum().intValue());
        assertEquals(7, category.getMaximum().intValue());
        assertEquals(1, SearchParams.category("1"));
        assertEquals(7, SearchParams.category("7"));
        assertThrows(BadRequestException.class, () -> SearchParams.category("0"));
        assertThrows(BadRequestException.class, () -> SearchParams.category("8"));
        for (String year : List.of((String) schemas.get("YearFilter").getItems().getExample(), "2566", "2023", "2560 - 2566")) {
            assertTrue(year.matches(schemas.get("YearFilter").getItems().getPattern().replace("^", "").replace("$", "")), year);
            assertFalse(SearchParams.years(year).isEmpty(), year);
        }
        for (String code : List.of("CS1", "it3", "HR 12")) {
            assertTrue(code.matches(schemas.get("CodeFilter").getItems().getPattern().replace("^", "").replace("$", "")), code);
            assertNotNull(SearchParams.code(code));
        }

        Operation evidence = spec.getPaths().get("/api/evidence").getGet();
        Set<Object> frameworks = new TreeSet<>(evidence.getParameters().stream()
                .filter(p -> p.getName().equals("framework")).findFirst().orElseThrow().getSchema().getEnum());
        assertEquals(EvidenceVocabulary.loadDefault().frameworks().stream().map(f -> f.id()).collect(Collectors.toCollection(TreeSet::new)),
                frameworks);
    }

    /**
     * The bounds, values and patterns the description promises are the ones the server enforces: for every query
     * parameter of every read, and every path parameter with a pattern, a value just outside its schema is a 400
     * naming that parameter.
     */
    @Test
    void aValueOutsideAParameterSchemaIsA400NamingIt() {
        OpenAPI spec = parsed("/openapi.json");
        TestHttp http = new TestHttp(server.getURI());
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, PathItem> path : spec.getPaths().entrySet()) {
            Operation op = path.getValue().getGet();
            if (op == null || op.getParameters() == null) {
                continue;
            }
            String url = path.getKey();
            Map<String, String> baseline = new java.util.LinkedHashMap<>();
            for (Parameter p : op.getParameters()) {
                Schema<?> s = resolve(spec, p.getSchema());
                Object example = p.getExample() != null ? p.getExample() : s.getExample();
                if ("path".equals(p.getIn())) {
                    url = url.replace("{" + p.getName() + "}", String.valueOf(example));
                } else if (example != null) {
                    baseline.put(p.getName(), String.valueOf(example));
                } else if (Boolean.TRUE.equals(p.getRequired())) {
                    baseline.put(p.getName(), String.valueOf(s.getMinimum() != null ? s.getMinimum() : s.getEnum().get(0)));
                }
            }
            for (Parameter p : op.getParameters()) {
                if ("path".equals(p.getIn())) {
                    for (String bad : outsidePath(resolve(spec, p.getSchema()))) {
                        String badUrl = path.getKey().replace("{" + p.getName() + "}", bad);
                        for (Parameter other : op.getParameters()) {
                            if ("path".equals(other.getIn())) {
                                badUrl = badUrl.replace("{" + other.getName() + "}", String.valueOf(other.getSchema().getExample()));
                            }
                        }
                        TestHttp.Response r = http.get(badUrl, baseline);
                        checked++;
                        String named = r.json() == null || r.json().get("parameter") == null ? null : r.json().get("parameter").asText();
                        if (r.status() != 400 || !p.getName().equals(named)) {
                            problems.add("GET " + badUrl + " answered " + r.status() + " " + r.body());
                        }
                    }
                }
                if (!"query".equals(p.getIn())) {
                    continue;
                }
                Schema<?> s = resolve(spec, p.getSchema());
                if ("array".equals(s.getType())) {
                    s = resolve(spec, s.getItems());
                }
                for (String bad : outside(s)) {
                    Map<String, String> params = new java.util.LinkedHashMap<>(baseline);
                    params.put(p.getName(), bad);
                    TestHttp.Response r = http.get(url, params);
                    checked++;
                    String named = r.json() == null || r.json().get("parameter") == null ? null : r.json().get("parameter").asText();
                    if (r.status() != 400 || !p.getName().equals(named)) {
                        problems.add("GET " + url + " " + p.getName() + "=" + (bad.length() > 20 ? bad.substring(0, 20) + "…" : bad)
                                + " answered " + r.status() + " " + (r.body().length() > 200 ? r.body().substring(0, 200) : r.body()));
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(checked >= 39, "values tried: " + checked);
    }

    /** Values outside a path parameter's schema that fit in a URL path without encoding. */
    private static Set<String> outsidePath(Schema<?> s) {
        Set<String> out = new java.util.LinkedHashSet<>();
        if (s.getPattern() != null || "integer".equals(s.getType())) {
            out.add("zz");
        }
        if (s.getMinimum() != null) {
            out.add(s.getMinimum().subtract(java.math.BigDecimal.ONE).toPlainString());
        }
        return out;
    }

    /** Values just outside a scalar schema. */
    private static List<String> outside(Schema<?> s) {
        List<String> out = new ArrayList<>();
        if (s.getMaximum() != null) {
            out.add(s.getMaximum().add(java.math.BigDecimal.ONE).toPlainString());
        }
        if (s.getMinimum() != null) {
            out.add(s.getMinimum().subtract(java.math.BigDecimal.ONE).toPlainString());
        }
        if ("integer".equals(s.getType())) {
            out.add("หนึ่ง");
        }
        if (s.getEnum() != null && !s.getEnum().isEmpty()) {
            out.add("not-a-value");
        }
        if (s.getPattern() != null) {
            out.add("ก1");
        }
        if (s.getMaxLength() != null) {
            out.add("ก".repeat(s.getMaxLength() + 1));
        }
        if (s.getMinLength() != null && s.getMinLength() > 0) {
            out.add(" ".repeat(s.getMinLength() - 1));
        }
        return out;
    }

    private static Schema<?> resolve(OpenAPI spec, Schema<?> schema) {
        if (schema != null && schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            return spec.getComponents().getSchemas().get(name);
        }
        return schema;
    }
}
