package org.houqin.safety.letter;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.houqin.platform.api.ApiPage;
import org.houqin.platform.api.SubmittedBody;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 责任书下发 over JSON: batches with their collection rates, one batch by department, issuing, 续签 and 催签. */
@RestController
@RequestMapping("/api/v1/safety/letters/batches")
@Tag(name = "Safety letters", description = "安全责任书")
class LetterBatchEndpoint {

    record BatchJson(long id, String number, long templateId, String title, String schoolYear, List<String> roles,
                     List<Long> departmentIds, Long renewedFrom, String issuedByName, Instant issuedAt, long collected,
                     long due, BigDecimal percent, List<DepartmentJson> departments) {

        static BatchJson of(LetterBatches.Row b, List<DepartmentJson> departments) {
            return new BatchJson(b.id(), b.number(), b.templateId(), b.title(), b.schoolYear(), b.roleList(),
                    b.departmentList(), b.renewedFrom(), b.issuedByName(), b.issuedAt(), b.collected(), b.due(),
                    b.rate().percent(), departments);
        }
    }

    record DepartmentJson(Long departmentId, long collected, long due, BigDecimal percent) {
    }

    record Reminded(int reminded) {
    }

    /** 续签: nothing but the key that makes a retry answer the same batch. */
    static class RenewBody implements SubmittedBody {

        private UUID submissionKey;

        @Override
        public UUID getSubmissionKey() {
            return submissionKey;
        }

        @Override
        public void setSubmissionKey(UUID submissionKey) {
            this.submissionKey = submissionKey;
        }
    }

    private final LetterBatches batches;
    private final LetterIssue issue;

    LetterBatchEndpoint(LetterBatches batches, LetterIssue issue) {
        this.batches = batches;
        this.issue = issue;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('safety:letter:write')")
    @Operation(summary = "List letter batches", description = "year = a school year such as 2026-2027; q searches the "
            + "letter's title and the number; newest school year first; 20 per page. Departments come with one batch.")
    ApiPage<BatchJson> list(CurrentUser me, @ModelAttribute ListQuery query,
                            @RequestParam(required = false) String year) {
        return ApiPage.of(batches.page(me.requireSchool(), query, year), b -> BatchJson.of(b, null));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('safety:letter:write')")
    @Operation(summary = "One letter batch with its rate per department", description = "percent has one decimal, "
            + "rounded half up; null when nothing is due. The letters themselves: GET /api/v1/safety/letters?q=number.")
    BatchJson get(CurrentUser me, @PathVariable long id) {
        long school = me.requireSchool();
        LetterBatches.Row batch = batches.find(school, id).orElseThrow(() -> new NotFoundException("letter batch", id));
        return BatchJson.of(batch, batches.byDepartment(school, id).stream()
                .map(d -> new DepartmentJson(d.departmentId(), d.collected(), d.due(), d.rate().percent())).toList());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('safety:letter:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue a letter", description = "Body: templateId, schoolYear (2026-2027), roles (role "
            + "codes) and departmentIds (with the departments below them). One letter per member of staff with an "
            + "account; someone who has this template for the year already is skipped, and a batch reaching nobody "
            + "new gets 400 naming roles. Send the same Idempotency-Key header again and you get the same batch back.")
    BatchJson create(CurrentUser me, @Valid @RequestBody LetterIssueForm form) {
        return get(me, issue.issue(me.requireSchool(), me, form));
    }

    @PostMapping("/{id}/renew")
    @PreAuthorize("hasAuthority('safety:letter:write')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Renew a batch for the next school year", description = "续签: the same template's current "
            + "text to the same roles and departments for the year after the batch's. Idempotency-Key as for issuing.")
    BatchJson renew(CurrentUser me, @PathVariable long id, @RequestBody RenewBody body) {
        return get(me, issue.renew(me.requireSchool(), me, id, body.getSubmissionKey()));
    }

    @PostMapping("/{id}/remind")
    @PreAuthorize("hasAuthority('safety:letter:write')")
    @Operation(summary = "Remind everyone still missing", description = "催签: a notification to each person whose "
            + "letter is pending and who was not reminded today; answers how many were reminded now.")
    Reminded remind(CurrentUser me, @PathVariable long id) {
        long school = me.requireSchool();
        LetterBatches.Row batch = batches.find(school, id).orElseThrow(() -> new NotFoundException("letter batch", id));
        return new Reminded(batches.remind(school, me, batch));
    }
}
