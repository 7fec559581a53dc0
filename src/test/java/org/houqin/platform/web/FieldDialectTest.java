package org.houqin.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.support.RequestContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** Each hq: element renders exactly what the hand-written field it replaces rendered, errors and all. */
class FieldDialectTest {

    /** A form as the pages bind them. */
    public static class Form {
        private String code = "A-101";
        private String note;
        private Long buildingId = 2L;
        private boolean active = true;
        private String amount;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getNote() {
            return note;
        }

        public Long getBuildingId() {
            return buildingId;
        }

        public boolean isActive() {
            return active;
        }

        public String getAmount() {
            return amount;
        }
    }

    private final StaticWebApplicationContext application = application();
    private final SpringTemplateEngine engine = engine();
    private final Form form = new Form();
    private final BindingResult errors = new BeanPropertyBindingResult(form, "form");

    @Test
    void anInputIsItsLabelItsBoundControlItsHelpAndItsError() {
        errors.rejectValue("code", "required", "Required");
        assertSame("""
                <hq:input field="code" label="room.code" class="col-md-6" maxlength="32" required
                          th:placeholder="#{room.code.hint}" help="room.code.help"/>""", """
                <div class="col-md-6">
                  <label class="form-label" for="code" th:text="#{room.code}">Code</label>
                  <input class="form-control" th:field="*{code}" th:errorclass="is-invalid" maxlength="32" required
                         th:placeholder="#{room.code.hint}" aria-describedby="code-help">
                  <div class="form-text" id="code-help" th:text="#{room.code.help}">help</div>
                  <div class="invalid-feedback d-block" th:if="${#fields.hasErrors('code')}" th:errors="*{code}"></div>
                </div>""");
        assertThat(render("<hq:input field=\"code\" label=\"room.code\"/>")).contains("is-invalid").contains("Required");
    }

    @Test
    void aNumberKeepsItsTypeBoundsAndAnyOtherAttribute() {
        assertSame("""
                <hq:input field="buildingId" type="number" label="room.building" class="col-6" min="-10" max="100"
                          inputmode="numeric" th:readonly="${true}" data-x="y"/>""", """
                <div class="col-6">
                  <label class="form-label" for="buildingId" th:text="#{room.building}">Building</label>
                  <input class="form-control" type="number" th:field="*{buildingId}" th:errorclass="is-invalid" min="-10"
                         max="100" inputmode="numeric" th:readonly="${true}" data-x="y">
                  <div class="invalid-feedback d-block" th:if="${#fields.hasErrors('buildingId')}" th:errors="*{buildingId}"></div>
                </div>""");
    }

    @Test
    void aSelectWritesItsBlankOptionBeforeTheOptionsOfItsBody() {
        assertSame("""
                <hq:select field="buildingId" label="room.building" class="col-md-6" blank="common.choose" required>
                  <option th:each="b : ${ {1, 2, 3} }" th:value="${b}" th:text="${'B' + b}"></option>
                </hq:select>""", """
                <div class="col-md-6">
                  <label class="form-label" for="buildingId" th:text="#{room.building}">Building</label>
                  <select class="form-select" th:field="*{buildingId}" th:errorclass="is-invalid" required>
                    <option value="" th:text="#{common.choose}">Choose</option>
                    <option th:each="b : ${ {1, 2, 3} }" th:value="${b}" th:text="${'B' + b}"></option>
                  </select>
                  <div class="invalid-feedback d-block" th:if="${#fields.hasErrors('buildingId')}" th:errors="*{buildingId}"></div>
                </div>""");
        assertThat(render("<hq:select field=\"buildingId\"><option value=\"2\">B</option></hq:select>"))
                .contains("<option value=\"2\" selected=\"selected\">B</option>");
    }

    @Test
    void aTextareaAndALabelGivenAsAnExpression() {
        assertSame("""
                <hq:textarea field="note" label="#{room.photos(${5})}" class="col-12" rows="2" maxlength="500"/>""", """
                <div class="col-12">
                  <label class="form-label" for="note" th:text="#{room.photos(${5})}">Note</label>
                  <textarea class="form-control" th:field="*{note}" th:errorclass="is-invalid" rows="2" maxlength="500"></textarea>
                  <div class="invalid-feedback d-block" th:if="${#fields.hasErrors('note')}" th:errors="*{note}"></div>
                </div>""");
    }

    @Test
    void aSwitchIsACheckboxWithItsOwnIdSoItsLabelFindsIt() {
        assertSame("""
                <hq:check field="active" label="staff.active" class="col-12" switch help="staff.active.help"/>""", """
                <div class="col-12">
                  <div class="form-check form-switch">
                    <input class="form-check-input" type="checkbox" role="switch" id="active" th:field="*{active}"
                           th:errorclass="is-invalid" aria-describedby="active-help">
                    <label class="form-check-label" for="active" th:text="#{staff.active}">Active</label>
                  </div>
                  <div class="form-text" id="active-help" th:text="#{staff.active.help}">help</div>
                  <div class="invalid-feedback d-block" th:if="${#fields.hasErrors('active')}" th:errors="*{active}"></div>
                </div>""");
        assertThat(render("<hq:check field=\"active\" label=\"staff.active\"/>")).contains("checked=\"checked\"");
    }

    @Test
    void aFieldWrapsAControlWrittenByHandAndAnInputCanHaveAddOns() {
        assertSame("""
                <hq:field field="amount" label="room.area" class="col-6">
                  <div class="input-group has-validation">
                    <span class="input-group-text">¥</span>
                    <input class="form-control" th:field="*{amount}" th:errorclass="is-invalid" inputmode="decimal">
                  </div>
                </hq:field>""", """
                <div class="col-6">
                  <label class="form-label" for="amount" th:text="#{room.area}">From</label>
                  <div class="input-group has-validation">
                    <span class="input-group-text">¥</span>
                    <input class="form-control" th:field="*{amount}" th:errorclass="is-invalid" inputmode="decimal">
                  </div>
                  <div class="invalid-feedback d-block" th:if="${#fields.hasErrors('amount')}" th:errors="*{amount}"></div>
                </div>""");
        assertSame("""
                <hq:input field="amount" label="room.area" class="mb-3" prefix="&yen;" suffix="#{room.code}" required/>""", """
                <div class="mb-3">
                  <label class="form-label" for="amount" th:text="#{room.area}">Area</label>
                  <div class="input-group">
                    <span class="input-group-text">&yen;</span>
                    <input class="form-control" th:field="*{amount}" th:errorclass="is-invalid" required>
                    <span class="input-group-text" th:text="#{room.code}">h</span>
                  </div>
                  <div class="invalid-feedback d-block" th:if="${#fields.hasErrors('amount')}" th:errors="*{amount}"></div>
                </div>""");
    }

    @Test
    void anUnboundInputAndAListFilterHaveNoBindingAndNoError() {
        assertSame("""
                <hq:input id="grade-name" name="name" label="room.code" label-class="small" control-class="font-monospace"
                          class="col-sm-5" maxlength="32"/>""", """
                <div class="col-sm-5">
                  <label class="form-label small" for="grade-name" th:text="#{room.code}">Name</label>
                  <input class="form-control font-monospace" id="grade-name" name="name" maxlength="32">
                </div>""");
        assertSame("""
                <hq:filter name="building" label="room.building" blank="common.choose" class="col-6 col-md-3">
                  <option value="1">A</option>
                </hq:filter>""", """
                <div class="col-6 col-md-3">
                  <select class="form-select" name="building" th:aria-label="#{room.building}">
                    <option value="" th:text="#{common.choose}">All</option>
                    <option value="1">A</option>
                  </select>
                </div>""");
    }

    @Test
    void eachIfAndWithActOnTheWholeField() {
        assertThat(render("<hq:input field=\"code\" label=\"room.code\" th:if=\"${false}\"/>")).isEqualTo("<form></form>");
        assertThat(render("<hq:input th:each=\"n : ${ {1, 2} }\" th:id=\"${'x' + n}\" name=\"x\" label=\"room.code\"/>"))
                .contains("id=\"x1\"").contains("id=\"x2\"").containsOnlyOnce("<input class=\"form-control\" id=\"x1\"");
        assertThat(render("<hq:input field=\"code\" th:with=\"hint='Say'\" th:placeholder=\"${hint}\"/>"))
                .contains("placeholder=\"Say\"");
    }

    @Test
    void whatThePersonTypedIsEscaped() {
        form.setCode("\"><script>alert(1)</script>");
        assertThat(render("<hq:input field=\"code\" label=\"room.code\"/>"))
                .contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"").doesNotContain("<script>");
    }

    @Test
    void refusesAFieldPathOrALabelThatIsNeitherKeyNorExpression() {
        assertThatThrownBy(() -> render("<hq:input field=\"code')} + ${x\" label=\"room.code\"/>"))
                .hasRootCauseInstanceOf(TemplateProcessingException.class).rootCause().hasMessageContaining("field path");
        assertThatThrownBy(() -> render("<hq:input field=\"code\" label=\"}${7*7}\"/>"))
                .hasRootCauseInstanceOf(TemplateProcessingException.class).rootCause().hasMessageContaining("message key");
        assertThatThrownBy(() -> render("<hq:check label=\"staff.active\"/>"))
                .hasRootCauseInstanceOf(TemplateProcessingException.class).rootCause().hasMessageContaining("needs a field");
    }

    private void assertSame(String withDialect, String byHand) {
        assertThat(normal(render(withDialect))).isEqualTo(normal(render(byHand)));
    }

    private static String normal(String html) {
        return html.replaceAll(">\\s+", ">").replaceAll("\\s+<", "<").replaceAll("\\s+", " ").strip();
    }

    private String render(String markup) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpServletResponse response = new MockHttpServletResponse();
        request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, application);
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put(BindingResult.MODEL_KEY_PREFIX + "form", errors);
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(application.getServletContext())
                .buildExchange(request, response), Locale.ENGLISH, model);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        RequestContext spring = new RequestContext(request, response, application.getServletContext(), model);
        context.setVariable(SpringContextVariableNames.SPRING_REQUEST_CONTEXT, spring);
        context.setVariable(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
                new SpringWebMvcThymeleafRequestContext(spring, request));
        return engine.process("<form th:object=\"${form}\">" + markup + "</form>", context);
    }

    private static StaticWebApplicationContext application() {
        StaticWebApplicationContext application = new StaticWebApplicationContext();
        application.setServletContext(new MockServletContext());
        Map.of("room.code", "Code", "room.code.hint", "A-101", "room.code.help", "Letters", "room.building", "Building",
                "common.choose", "Choose", "staff.active", "Active", "staff.active.help", "Kept", "room.area", "Area")
                .forEach((key, text) -> application.getStaticMessageSource().addMessage(key, Locale.ENGLISH, text));
        application.getStaticMessageSource().addMessage("room.photos", Locale.ENGLISH, "Photos (at most {0})");
        application.refresh();
        return application;
    }

    private SpringTemplateEngine engine() {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        engine.setTemplateEngineMessageSource(application);
        engine.addDialect(new FieldDialect());
        return engine;
    }
}
