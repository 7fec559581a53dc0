package org.houqin.platform.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.houqin.platform.document.Submissions;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;

/**
 * The API's description says its conventions on every operation (ADR 0033): an operation id made of the endpoint and
 * the handler ({@code repairDispatch}), the bearer token, the problem documents it may answer, {@code If-Match} where
 * the body carries a version, {@code Idempotency-Key} where it is a create's, and an example body from
 * {@code api-examples/<operationId>.json}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String PROBLEM = "Problem";
    static final String BEARER = "token";
    private static final Map<String, String> REFUSALS = Map.of(
            "400", "A field refused: errors lists each field, its rule and a message",
            "401", "No session and no valid token (revoked, expired or unknown)",
            "403", "The user or the token may not do this",
            "404", "No such id within the caller's reach (another school's ids included)",
            "409", "A rule of the document said no, or it changed since read (currentVersion)",
            "429", "Too many requests for this token; wait Retry-After seconds");

    @Bean
    OpenAPI houqinApi() {
        return new OpenAPI()
                .info(new Info().title("Houqin 后勤 API").version("v1").description("""
                        The logistics office's documents and lists. Conventions (docs/api.md): pages of \
                        `items, page, size, total, more` with `page`, `size` (≤ 100), `sort`, `dir` and `q`; errors \
                        as RFC 9457 problem documents with a `reference`; every document has a `version`, and a \
                        write sends it back (in the body or as `If-Match`); creates take an `Idempotency-Key`; \
                        times ISO-8601 with an offset, money as a number with two decimals; status texts in the \
                        language of `Accept-Language` (zh-CN or en)."""))
                .servers(List.of(new Server().url("/").description("This Houqin server")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("A personal API token, hq_…, made on 个人设置 → API 令牌"))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OperationCustomizer apiConventions() {
        return (operation, handler) -> {
            operation.setOperationId(operationId(handler));
            refusals(operation, handler);
            if (takesVersionedBody(handler)) {
                operation.addParametersItem(new HeaderParameter().name(IfMatch.HEADER).required(false)
                        .description("The version read, e.g. \"3\"; instead of version in the body")
                        .schema(text()));
            }
            if (body(handler, SubmittedBody.class) && !onADocument(handler)) {
                operation.addParametersItem(new HeaderParameter().name(Submissions.IDEMPOTENCY_KEY).required(false)
                        .description("Any text, best a UUID: the same key from the same person again answers the "
                                + "document the first request made; instead of submissionKey in the body")
                        .schema(text()));
            }
            example(operation);
            return operation;
        };
    }

    /** Tags in the order of their names, whatever order the classpath scan found the endpoints in. */
    @Bean
    OpenApiCustomizer tagsInOrder() {
        return api -> {
            if (api.getTags() != null) {
                api.getTags().sort(java.util.Comparator.comparing(io.swagger.v3.oas.models.tags.Tag::getName));
            }
        };
    }

    /** {@code AssetHandoverEndpoint.create} → {@code assetHandoverCreate}, unless the handler names its own. */
    static String operationId(HandlerMethod handler) {
        var named = handler.getMethodAnnotation(io.swagger.v3.oas.annotations.Operation.class);
        if (named != null && !named.operationId().isEmpty()) {
            return named.operationId();
        }
        String type = handler.getBeanType().getSimpleName().replace("Endpoint", "");
        String method = handler.getMethod().getName();
        return Character.toLowerCase(type.charAt(0)) + type.substring(1) + Character.toUpperCase(method.charAt(0))
                + method.substring(1);
    }

    private static void refusals(Operation operation, HandlerMethod handler) {
        boolean read = handler.getMethodParameters().length == 0 || Arrays.stream(handler.getMethodParameters())
                .noneMatch(p -> p.hasParameterAnnotation(RequestBody.class));
        for (String status : List.of("400", "401", "403", "404", "409", "429")) {
            if (read && status.equals("409")) {
                continue;
            }
            if (operation.getResponses().get(status) == null) {
                operation.getResponses().addApiResponse(status, new ApiResponse().description(REFUSALS.get(status))
                        .content(new Content().addMediaType("application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
            }
        }
    }

    /** A command on a document already there (its id in the path) whose body carries the version read. */
    private static boolean takesVersionedBody(HandlerMethod handler) {
        return onADocument(handler) && body(handler, VersionedBody.class);
    }

    /** Its path names a document already there: a command or a change, not a create. */
    private static boolean onADocument(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(PathVariable.class));
    }

    private static boolean body(HandlerMethod handler, Class<?> type) {
        return Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(RequestBody.class)
                && type.isAssignableFrom(p.getParameterType()));
    }

    /** The example body kept beside the code, so that it is reviewed with it. */
    private static void example(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        ClassPathResource file = new ClassPathResource("api-examples/" + operation.getOperationId() + ".json");
        if (!file.exists()) {
            return;
        }
        try (InputStream in = file.getInputStream()) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            operation.getRequestBody().getContent().values()
                    .forEach(media -> media.setExample(tools.jackson.databind.json.JsonMapper.shared().readTree(json)));
        } catch (IOException unreadable) {
            throw new IllegalStateException("Cannot read " + file.getPath(), unreadable);
        }
    }

    /** A schema of one type, said both ways: {@code type} for OpenAPI 3.0 readers, {@code types} for 3.1. */
    @SuppressWarnings("rawtypes")
    private static Schema typed(String type) {
        return new Schema<>().type(type).types(java.util.Set.of(type));
    }

    @SuppressWarnings("rawtypes")
    private static Schema text() {
        return typed("string");
    }

    @SuppressWarnings("rawtypes")
    private static Schema number() {
        return typed("integer");
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return typed("object").description("RFC 9457 problem document")
                .addProperty("type", text())
                .addProperty("title", text())
                .addProperty("status", number())
                .addProperty("detail", text().description("For people, in the "
                        + "caller's language"))
                .addProperty("code", text().description("For programs: a stable key"))
                .addProperty("reference", text().description("Also in the server's "
                        + "log"))
                .addProperty("currentVersion", number().description("On a stale "
                        + "write: the document's version now"))
                .addProperty("errors", typed("array").items(typed("object")
                        .addProperty("field", text())
                        .addProperty("code", text())
                        .addProperty("message", text())));
    }
}
