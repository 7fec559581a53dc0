package org.houqin.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person at a browser, as far as HTTP goes: keeps the session cookie, sends the CSRF token with every form like a
 * page would, and never follows redirects so tests can see them.
 */
public final class WebUser {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public record Page(int status, String body, String location) {

        public boolean redirectsTo(String path) {
            return (status == 302 || status == 303) && location != null && location.endsWith(path);
        }
    }

    private final int port;
    private final CookieManager cookies;
    private final HttpClient client;
    private String csrf;

    private WebUser(int port) {
        this(port, new CookieManager());
    }

    private WebUser(int port, CookieManager cookies) {
        this.port = port;
        this.cookies = cookies;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The same person with the same session cookie, talking to another node of the same database. */
    public WebUser on(int otherPort) {
        WebUser moved = new WebUser(otherPort, cookies);
        moved.csrf = csrf;
        return moved;
    }

    public static WebUser anonymous(int port) {
        return new WebUser(port);
    }

    public static WebUser login(int port, String username, String password) {
        WebUser user = new WebUser(port);
        Page result = user.tryLogin(username, password);
        if (!result.redirectsTo("/")) {
            throw new IllegalStateException("Login of " + username + " failed: " + result.status() + " " + result.location());
        }
        user.csrf = null;
        return user;
    }

    public Page tryLogin(String username, String password) {
        Page page = get("/login");
        Matcher token = CSRF_INPUT.matcher(page.body());
        String loginToken = token.find() ? token.group(1) : "";
        return send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password,
                        "_csrf", loginToken)))).build());
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("HOUQIN_SESSION"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** A list's table alone, as htmx asks for it when a search, a sort or a page changes. */
    public Page getTable(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("HX-Request", "true").header("HX-Target", "list-table").GET()
                .build());
    }

    public byte[] getBytes(String path) {
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Uploads one file with the session's CSRF token, as a multipart form. */
    public Page upload(String path, String fileName, byte[] content, Map<String, String> fields) {
        String boundary = "----houqin" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf());
        all.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** A file in a multipart form: the field's name, the file's name, its type and bytes. */
    public record FilePart(String field, String fileName, String contentType, byte[] content) {
    }

    /** Posts a multipart form with any fields and files, and the session's CSRF token. */
    public Page multipart(String path, Map<String, String> fields, java.util.List<FilePart> files) {
        String boundary = "----houqin" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf());
        all.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        for (FilePart file : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
                    + "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** Creates a personal API token on the account page and reads it from the page (shown once). */
    /**
     * One token per demo person for the tests that do not care which token they send, made once on the account page:
     * a person holds a limited number of active tokens.
     */
    public static String token(int port, String username) {
        return TOKENS.computeIfAbsent(port + "/" + username,
                key -> login(port, username, "houqin").newToken("接口测试"));
    }

    /** Makes a token on the account page, as its owner would, and reads it from where the page shows it once. */
    public String newToken(String name) {
        Page made = post("/account/tokens", Map.of("name", name));
        String page = get("/account/tokens").body();
        Matcher matcher = Pattern.compile("id=\"new-token\"[^>]*>\\s*(hq_[A-Za-z0-9_-]{20,})\\s*<").matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("No new token on the page (the form answered " + made.status() + " "
                    + made.location() + ")");
        }
        return matcher.group(1);
    }

    public Page getJson(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET().build());
    }

    /** Posts a form with the session's CSRF token, as the page's own form would. */
    public Page post(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", csrf());
        return postWithoutToken(path, withToken);
    }

    public Page postWithoutToken(String path, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build());
    }

    /**
     * A JSON request with the token, or with the session's CSRF token when there is none, and any headers more as
     * name, value pairs (If-Match, Idempotency-Key).
     */
    public Page sendJson(String method, String path, String json, String bearer, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        } else {
            request.header("X-CSRF-TOKEN", csrf());
        }
        return send(request.build());
    }

    public Page getWithToken(String path, String bearer) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + bearer)
                .header("Accept", "application/json").GET().build());
    }

    private synchronized String csrf() {
        if (csrf == null) {
            Matcher matcher = CSRF.matcher(get("/account/password").body());
            boolean found = matcher.find();
            if (!found) {
                // a visitor without an account: the sign-in form carries the session's token
                matcher = CSRF_INPUT.matcher(get("/login").body());
                found = matcher.find();
            }
            if (!found) {
                throw new IllegalStateException("No CSRF token on the page");
            }
            csrf = matcher.group(1);
        }
        return csrf;
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
