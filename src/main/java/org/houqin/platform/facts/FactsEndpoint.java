package org.houqin.platform.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The facts of a period for integrations and the coming dashboards: only those the caller may open. */
@RestController
@Tag(name = "Facts", description = "统计数据：各模块在一段时间内发生了什么")
class FactsEndpoint {

    record FactsJson(LocalDate from, LocalDate to, List<FactJson> facts) {
    }

    record FactJson(String key, String module, String label, String labelKey, Amount.Kind kind, BigDecimal value,
                    String unit, String link, List<PartJson> breakdown) {
    }

    record PartJson(String label, BigDecimal value, String unit) {
    }

    private final Facts facts;
    private final MessageSource messages;

    FactsEndpoint(Facts facts, MessageSource messages) {
        this.facts = facts;
        this.messages = messages;
    }

    @GetMapping("/api/v1/facts")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "What happened in a period, as counts and sums",
            description = "Each module's facts (repairs received and done, stock received and issued, assets added "
                    + "and disposed …) for the days from and to, both included, in the school's time zone; without "
                    + "dates the current semester. Only the facts whose page the caller may open are given; each has "
                    + "a stable key, a label in the caller's language, a value with its unit, an optional breakdown "
                    + "and the link to the page with the rows behind it. A bad date answers 400 naming the field.")
    FactsJson facts(@Parameter(description = "First day, YYYY-MM-DD") @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @Parameter(description = "Last day, YYYY-MM-DD") @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        CurrentUser me = CurrentUser.get();
        long school = me.requireSchool();
        Period period = period(school, from, to);
        Locale locale = LocaleContextHolder.getLocale();
        return new FactsJson(period.from(), period.to(),
                facts.of(school, period, me).stream().map(fact -> json(fact, locale)).toList());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> unreadableDate(MethodArgumentTypeMismatchException e) {
        return badRequest(e.getName(), "facts.period.date", new Object[0]);
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> badPeriod(RuleViolation violation) {
        return badRequest(violation.field(), violation.messageKey(), violation.args());
    }

    /** The dates given, the current semester's for those left out; a wrong period names the date the caller gave. */
    private Period period(long school, LocalDate from, LocalDate to) {
        Period semester = from == null || to == null ? facts.currentSemester(school) : null;
        try {
            return new Period(from != null ? from : semester.from(), to != null ? to : semester.to());
        } catch (RuleViolation e) {
            throw new RuleViolation(to == null ? "from" : "to", e.messageKey(), e.args());
        }
    }

    private FactJson json(Fact fact, Locale locale) {
        return new FactJson(fact.key(), fact.module(), messages.getMessage(fact.labelKey(), null, fact.key(), locale),
                fact.labelKey(), fact.value().kind(), fact.value().value(), fact.value().unit().in(messages, locale),
                fact.link(), fact.breakdown().stream().map(part -> new PartJson(part.label().in(messages, locale),
                        part.value().value(), part.value().unit().in(messages, locale))).toList());
    }

    private ResponseEntity<ProblemDetail> badRequest(String field, String key, Object[] args) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage(key, args, key, LocaleContextHolder.getLocale()));
        problem.setProperty("field", field);
        problem.setProperty("code", key);
        return ResponseEntity.badRequest().body(problem);
    }
}
