package org.houqin.platform.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.servlet.http.HttpServletResponse;
import org.houqin.platform.web.Downloads;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Prints A4 forms: a Thymeleaf template (under {@code templates/print/}) rendered to XHTML, then to PDF with the
 * Noto Sans SC font embedded, so Chinese prints and copies correctly on any machine.
 */
@Component
public class PdfRenderer {

    public static final String FONT_FAMILY = "Noto Sans SC";
    private static final String FONT_PATH = "/fonts/ttf/NotoSansSC/NotoSansSC-%s.ttf";

    private final TemplateEngine templates;
    private final ApplicationContext application;
    private final List<PrintAttributes> attributes;
    private volatile byte[] regular;
    private volatile byte[] bold;

    PdfRenderer(TemplateEngine templates, ApplicationContext application, List<PrintAttributes> attributes) {
        this.templates = templates;
        this.application = application;
        this.attributes = attributes;
    }

    /**
     * Renders a school's form and sends it as a download named {@code fileName}: the template gets the model, what
     * every form shows ({@link PrintAttributes}: {@code school}) and the application's beans ({@code @time}).
     */
    public void print(HttpServletResponse response, long schoolId, String template, Map<String, Object> model,
                      String fileName) throws IOException {
        Map<String, Object> variables = new HashMap<>(model);
        attributes.forEach(a -> a.contribute(schoolId, variables));
        byte[] file = render(template, variables, LocaleContextHolder.getLocale());
        Downloads.pdf(response, fileName);
        response.setContentLength(file.length);
        response.getOutputStream().write(file);
    }

    public byte[] render(String template, Map<String, Object> variables, Locale locale) {
        Context context = new Context(locale, variables);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        return renderHtml(templates.process(template, context));
    }

    public byte[] renderHtml(String xhtml) {
        loadFonts();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, "/");
            builder.toStream(out);
            builder.run();
            return ToUnicodeRepair.repair(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Font loading dominates PDF time, so the bytes are read once. */
    private void loadFonts() {
        if (regular == null) {
            synchronized (this) {
                if (regular == null) {
                    bold = read("Bold");
                    regular = read("Regular");
                }
            }
        }
    }

    private static byte[] read(String weight) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(FONT_PATH.formatted(weight))) {
            if (in == null) {
                throw new IllegalStateException("Font Noto Sans SC " + weight + " missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
