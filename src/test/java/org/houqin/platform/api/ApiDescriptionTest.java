package org.houqin.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.houqin.platform.web.ListQuery;
import org.houqin.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's description (served at /v3/api-docs, kept as docs/openapi.json for integrators and for the generated
 * client) says the conventions of ADR 0033 on every operation, and every list page has its list endpoint.
 */
class ApiDescriptionTest extends IntegrationTest {

    private static final Path ON_DISK = Path.of("docs/openapi.json");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

    /**
     * Lists served whole, not paged, each for a reason: a tree or a short list a form picks from, or a document's
     * own history.
     */
    private static final Set<String> WHOLE_LISTS = Set.of(
            "GET /api/v1/asset-categories", // the category tree, a few hundred codes read whole by a client
            "GET /api/v1/assets/{id}/history", // one card's timeline, part of the document
            "GET /api/v1/buildings", // a school's buildings: a handful
            "GET /api/v1/departments", // a school's departments: a few dozen
            "GET /api/v1/classes", // a school's classes: at most a few hundred, read whole by timetable tools
            "GET /api/v1/settings", // a school's setting groups
            "GET /api/v1/items/categories", // the catalogue's categories: a dozen or two
            "GET /api/v1/items/stores", // the school's stores: a handful
            "GET /api/v1/repair-categories", // the school's repair categories: a dozen
            "GET /api/v1/repairs/workers", // the school's repair workers: a handful
            "GET /api/v1/approvals/submitted", // my latest 50 submissions, as the inbox page's tab
            "GET /api/v1/approvals/handled"); // my latest 50 decisions, as the inbox page's tab

    /**
     * Pages with a list that the API does not repeat, each for a reason. Keep it short: a new list page without its
     * endpoint fails here.
     */
    private static final Set<String> PAGES_WITHOUT_ENDPOINT = Set.of(
            "org.houqin.audit", // the audit log: read by the school's administrator on the page, never exported
            "org.houqin.iam.user", // user accounts and their passwords: administered on pages only
            "org.houqin.iam.role", // roles and permissions: administered on pages only
            "org.houqin.iam.token", // tokens are made by people, never by a token
            "org.houqin.notifications.delivery", // the outbox's delivery log, an operator's view
            "org.houqin.platform.imports"); // an import's rows, part of the upload wizard

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    private JsonNode served() {
        var answer = anonymous().getJson("/v3/api-docs");
        assertThat(answer.status()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    @Test
    void theDescriptionIsServedToToolsAndKeptInDocs() throws IOException {
        String served = JSON.writeValueAsString(served()) + "\n";
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.json"), served, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(ON_DISK, served, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(ON_DISK, StandardCharsets.UTF_8))
                .as("docs/openapi.json is the served description; after changing the API run "
                        + "./mvnw verify -Dtest=ApiDescriptionTest -Dopenapi.update=true (target/openapi.json is it)")
                .isEqualTo(served);
    }

    @Test
    void everyOperationSaysItsConventions() {
        JsonNode docs = served();
        assertThat(docs.path("security").toString()).as("the bearer token, for every operation").contains("token");
        List<String> broken = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int operations = 0;
        for (var path : docs.path("paths").properties()) {
            for (var entry : path.getValue().properties()) {
                String method = entry.getKey();
                JsonNode operation = entry.getValue();
                String name = method.toUpperCase() + " " + path.getKey();
                operations++;
                broken.addAll(conventions(name, path.getKey(), method, operation, ids));
            }
        }
        assertThat(operations).as("operations described").isGreaterThan(40);
        assertThat(broken).isEmpty();
    }

    private List<String> conventions(String name, String path, String method, JsonNode operation, Set<String> ids) {
        List<String> broken = new ArrayList<>();
        if (!path.startsWith("/api/v1/")) {
            broken.add(name + ": outside /api/v1");
        }
        if (!ids.add(operation.path("operationId").asString(""))) {
            broken.add(name + ": operationId missing or taken");
        }
        if (operation.path("summary").asString("").isBlank()) {
            broken.add(name + ": no summary");
        }
        JsonNode responses = operation.path("responses");
        for (String status : refusals(path, method, operation)) {
            if (!responses.path(status).toString().contains("#/components/schemas/Problem")) {
                broken.add(name + ": no problem document for " + status);
            }
        }
        JsonNode body = operation.path("requestBody").path("content").path("application/json");
        if (!body.isMissingNode() && body.path("example").isMissingNode()) {
            broken.add(name + ": no example body (src/main/resources/api-examples/"
                    + operation.path("operationId").asString() + ".json)");
        }
        String result = responses.path("200").path("content").toString();
        if (WHOLE_LISTS.contains(name)) {
            return broken;
        }
        if (method.equals("get") && result.contains("#/components/schemas/ApiPage")) {
            Set<String> parameters = new TreeSet<>();
            operation.path("parameters").forEach(p -> parameters.add(p.path("name").asString()));
            if (!parameters.containsAll(List.of("page", "size", "sort", "dir", "q"))) {
                broken.add(name + ": a list without page, size, sort, dir and q: " + parameters);
            }
        } else if (method.equals("get") && result.contains("\"type\":\"array\"")) {
            broken.add(name + ": a list outside the envelope (ApiPage)");
        }
        return broken;
    }

    private static List<String> refusals(String path, String method, JsonNode operation) {
        List<String> statuses = new ArrayList<>(List.of("400", "401", "403"));
        if (path.contains("{")) {
            statuses.add("404");
        }
        if (WRITES.contains(method) && !operation.path("requestBody").isMissingNode()) {
            statuses.add("409");
        }
        return statuses;
    }

    /**
     * The description names each type by its simple name (or its {@code @Schema(name)}), and two types of one name
     * would be described as one: a generated client would then read the wrong fields.
     */
    @Test
    void noTwoTypesOfTheApiShareADescribedName() {
        Map<String, Set<String>> named = new TreeMap<>();
        Set<Class<?>> seen = new HashSet<>();
        for (HandlerMethod handler : mapping.getHandlerMethods().values()) {
            if (!handler.getBeanType().isAnnotationPresent(RestController.class)) {
                continue;
            }
            collect(handler.getMethod().getGenericReturnType(), seen, named);
            for (var parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)) {
                    collect(parameter.getGenericParameterType(), seen, named);
                }
            }
        }
        assertThat(named).as("types found").hasSizeGreaterThan(20);
        assertThat(named.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Object::toString).toList())
                .as("give one of them @Schema(name = \"…\")").isEmpty();
    }

    private static void collect(java.lang.reflect.Type type, Set<Class<?>> seen, Map<String, Set<String>> named) {
        if (type instanceof java.lang.reflect.ParameterizedType generic) {
            collect(generic.getRawType(), seen, named);
            for (var argument : generic.getActualTypeArguments()) {
                collect(argument, seen, named);
            }
            return;
        }
        if (!(type instanceof Class<?> cls) || !cls.getName().startsWith("org.houqin") || !seen.add(cls)) {
            return;
        }
        var schema = cls.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
        String name = schema != null && !schema.name().isEmpty() ? schema.name() : cls.getSimpleName();
        if (!cls.isEnum() && !cls.getSimpleName().equals("ApiPage")) {
            named.computeIfAbsent(name, n -> new TreeSet<>()).add(cls.getName());
        }
        for (var field : cls.getDeclaredFields()) {
            if (!java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                collect(field.getGenericType(), seen, named);
            }
        }
        if (cls.getSuperclass() != null) {
            collect(cls.getSuperclass(), seen, named);
        }
    }

    @Test
    void everyListPageHasItsListEndpoint() {
        Map<String, String> pages = new TreeMap<>();
        Set<String> endpoints = new HashSet<>();
        for (HandlerMethod handler : mapping.getHandlerMethods().values()) {
            if (!takesListQuery(handler) || !handler.getBeanType().getPackageName().startsWith("org.houqin")) {
                continue;
            }
            String feature = handler.getBeanType().getPackageName();
            if (handler.getBeanType().isAnnotationPresent(RestController.class)) {
                endpoints.add(feature);
            } else {
                pages.put(feature, handler.getShortLogMessage());
            }
        }
        assertThat(pages).as("list pages found").hasSizeGreaterThan(10);
        List<String> missing = pages.entrySet().stream()
                .filter(page -> !endpoints.contains(page.getKey()))
                .filter(page -> PAGES_WITHOUT_ENDPOINT.stream().noneMatch(page.getKey()::startsWith))
                .map(page -> page.getKey() + " (" + page.getValue() + ")").toList();
        assertThat(missing).as("features with a list page and no list endpoint in /api/v1").isEmpty();
    }

    private static boolean takesListQuery(HandlerMethod handler) {
        for (var parameter : handler.getMethodParameters()) {
            if (parameter.getParameterType() == ListQuery.class) {
                return true;
            }
        }
        return false;
    }
}
