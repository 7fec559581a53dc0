package org.houqin.platform.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** Headers for a file the browser saves: a Chinese file name survives, the content is never rendered inline. */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    public static void excel(HttpServletResponse response, String fileName) {
        attachment(response, XLSX, fileName);
    }

    public static void pdf(HttpServletResponse response, String fileName) {
        attachment(response, "application/pdf", fileName);
    }

    public static void attachment(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
    }
}
