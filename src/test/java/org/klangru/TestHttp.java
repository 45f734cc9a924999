package org.klangru;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** A real HTTP client against the embedded server, with JSON bodies read as trees. */
public final class TestHttp {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient client;

    public TestHttp(URI base) {
        this(base, CLIENT);
    }

    private TestHttp(URI base, HttpClient client) {
        this.base = base;
        this.client = client;
    }

    /** A client with connections of its own, for a request that may leave its connection unusable (a refused body). */
    public TestHttp ownConnections() {
        return new TestHttp(base, HttpClient.newHttpClient());
    }

    public record Response(int status, String contentType, JsonNode json, String body) {}

    public Response get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** GET with request headers (e.g. Authorization). */
    public Response get(String path, String... headers) {
        return send(withHeaders(HttpRequest.newBuilder(base.resolve(path)).GET(), headers));
    }

    /** Any method with a body (may be {@code noBody()}) and request headers as name, value pairs. */
    public Response send(String method, String path, HttpRequest.BodyPublisher body, String... headers) {
        return send(withHeaders(HttpRequest.newBuilder(base.resolve(path)).method(method, body), headers));
    }

    /** A multipart POST. */
    public Response post(String path, Multipart form, String... headers) {
        String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = "Content-Type";
        all[headers.length + 1] = form.contentType();
        return send("POST", path, form.publisher(), all);
    }

    private static HttpRequest.Builder withHeaders(HttpRequest.Builder b, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    private Response send(HttpRequest.Builder request) {
        request.timeout(java.time.Duration.ofSeconds(120)); // a hung server fails the test instead of stalling the run
        String path = request.build().uri().getPath();
        try {
            HttpResponse<String> r = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String type = r.headers().firstValue("content-type").orElse("");
            JsonNode json = type.contains("json") && !r.body().isEmpty() ? JSON.readTree(r.body()) : null;
            return new Response(r.statusCode(), type, json, r.body());
        } catch (IOException e) {
            throw new AssertionError(request.build().method() + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A POST without a body; {@code headers} carry e.g. an {@code Authorization} where a route needs one. */
    public Response post(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        try {
            HttpResponse<String> r = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String type = r.headers().firstValue("content-type").orElse("");
            JsonNode json = type.contains("json") && !r.body().isEmpty() ? JSON.readTree(r.body()) : null;
            return new Response(r.statusCode(), type, json, r.body());
        } catch (IOException e) {
            throw new AssertionError("POST " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public Response get(String path, Map<String, String> params) {
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return get(path + "?" + query);
    }
}
