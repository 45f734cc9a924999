package org.klangru.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Serves the OpenAPI description generated at compile time, as YAML and JSON, and a page to browse it. */
@Controller
@Hidden
class OpenApiController {
    private final String yaml = resource(ApiDescription.RESOURCE);
    private final String json = toJson(yaml);
    private final String page = resource("org/klangru/api/api-docs.html");

    @Get(value = "/openapi.yml", produces = "application/yaml")
    HttpResponse<String> yaml() {
        return HttpResponse.ok(yaml).contentType("application/yaml; charset=utf-8");
    }

    @Get(value = "/openapi.json", produces = MediaType.APPLICATION_JSON)
    String json() {
        return json;
    }

    @Get(value = "/api-docs", produces = MediaType.TEXT_HTML)
    HttpResponse<String> page() {
        return HttpResponse.ok(page).contentType("text/html; charset=utf-8");
    }

    private static String resource(String name) {
        try (InputStream in = OpenApiController.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + ": was the project built with its annotation processors?");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String toJson(String yaml) {
        try {
            Object tree = new Yaml().load(yaml);
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
