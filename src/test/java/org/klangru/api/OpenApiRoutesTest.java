package org.klangru.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.klangru.TestHttp;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** The served OpenAPI description names exactly the API routes the server really has. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // Micronaut reads TestPropertyProvider only on a per-class instance
class OpenApiRoutesTest implements TestPropertyProvider {
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

    @Test
    void describedRoutesAreTheRealRoutes() {
        TestHttp http = new TestHttp(server.getURI());
        TestHttp.Response yaml = http.get("/openapi.yml");
        assertEquals(200, yaml.status());
        assertTrue(yaml.body().startsWith("openapi: 3"), yaml.body());

        JsonNode spec = http.get("/openapi.json").json();
        Set<String> described = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(m -> described.add(m.toUpperCase() + " " + path.getKey()));
        }
        Set<String> real = router.uriRoutes()
                .filter(r -> r.getUriMatchTemplate().toString().startsWith("/api/"))
                .filter(r -> !r.getHttpMethodName().equals("HEAD")) // Micronaut answers HEAD for every GET
                .map(r -> r.getHttpMethodName() + " " + r.getUriMatchTemplate().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        assertFalse(real.isEmpty());
        assertEquals(real, described);

        JsonNode snippetParams = spec.at("/paths/~1api~1snippets/get/parameters");
        Set<String> names = new TreeSet<>();
        snippetParams.forEach(p -> names.add(p.get("name").asText()));
        assertTrue(names.containsAll(Set.of("q", "category", "code", "type", "year", "agency", "page", "size")), names.toString());

        TestHttp.Response page = http.get("/api-docs");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("คำอธิบาย API"));
    }
}
