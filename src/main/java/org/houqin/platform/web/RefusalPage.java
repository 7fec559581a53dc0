package org.houqin.platform.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * The short page a filter answers with before Spring MVC (and its templates) is reached: a title, a sentence and a
 * way back, in the user's language, for a request refused by its size.
 */
final class RefusalPage {

    private RefusalPage() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, MessageSource messages, Locale locale,
                      String title, String text) throws IOException {
        String back = ConflictHandler.localPath(request.getHeader("Referer"));
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("""
                <!DOCTYPE html><html lang="%s"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>
                <link rel="stylesheet" href="/webjars/bootstrap/css/bootstrap.min.css"></head>
                <body class="bg-body-tertiary"><main class="container py-4"><div class="card"><div class="card-body">
                <h1 class="h4">%s</h1><p>%s</p><a class="btn btn-primary" href="%s">%s</a>
                </div></div></main></body></html>
                """.formatted(locale.toLanguageTag(), HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(title),
                HtmlUtils.htmlEscape(text), HtmlUtils.htmlEscape(back == null ? "/" : back),
                HtmlUtils.htmlEscape(messages.getMessage(back == null ? "error.home" : "error.back", null, locale))));
    }
}
