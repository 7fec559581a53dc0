package org.houqin.assets.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An integrator's program calling the JSON API with its token, with the headers a browser never sends: If-Match,
 * Idempotency-Key, the language. Answers keep their bytes (a PDF) and read as JSON with exact decimals.
 */
final class ApiClient {

    /**
     * The headers of a caller reading English through the language the user chose (the cookie the language switch
     * sets), which wins over Accept-Language (ApiClientFlowsTest asks by Accept-Language).
     */
    static final String[] ENGLISH = {"Cookie", "houqin-lang=en"};

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    record Answer(int status, String contentType, byte[] bytes) {

        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(body());
        }

        long id() {
            return json().get("id").asLong();
        }
    }

    private final HttpClient client = HttpClient.newHttpClient();
    private final int port;
    private final String token;

    ApiClient(int port, String token) {
        this.port = port;
        this.token = token;
    }

    Answer get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    /** A JSON body sent with the method, and any headers as name, value pairs. */
    Answer send(String method, String path, String json, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer post(String path, String json, String... headers) {
        return send("POST", path, json, headers);
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token);
        boolean accept = false;
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            accept |= headers[i].equalsIgnoreCase("Accept");
        }
        return accept ? request : request.header("Accept", "application/json");
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
