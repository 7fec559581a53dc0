package org.houqin.safety.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.houqin.audit.AuditLog;
import org.houqin.notifications.Notifications;
import org.houqin.platform.document.Submissions;
import org.houqin.platform.numbers.DocumentNumbers;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 下发 and 续签: a template's current revision issued for a school year, one letter per person. A person who already
 * has this template for the year is skipped (the database keeps it once, also when two offices issue at once); a
 * batch that would reach nobody new is refused. The next year renews a batch to the same roles and departments.
 */
@Service
public class LetterIssue {

    /** A person a letter is addressed to. */
    public record Recipient(long staffId, Long userId, String name, Long departmentId) {
    }

    private final LetterTemplates templates;
    private final LetterBatchStore batches;
    private final LetterStore letters;
    private final Recipients recipients;
    private final DocumentNumbers numbers;
    private final Submissions submissions;
    private final Notifications notifications;
    private final AuditLog audit;

    LetterIssue(LetterTemplates templates, LetterBatchStore batches, LetterStore letters, Recipients recipients,
                DocumentNumbers numbers, Submissions submissions, Notifications notifications, AuditLog audit) {
        this.templates = templates;
        this.batches = batches;
        this.letters = letters;
        this.recipients = recipients;
        this.numbers = numbers;
        this.submissions = submissions;
        this.notifications = notifications;
        this.audit = audit;
    }

    @Transactional
    public long issue(long schoolId, CurrentUser me, LetterIssueForm form) {
        return submissions.once(schoolId, LetterDocuments.BATCH, form.getSubmissionKey(),
                () -> issueOnce(schoolId, me, form.getTemplateId(), form.getSchoolYear(), form.getRoles(),
                        form.getDepartmentIds(), null));
    }

    /** 续签: the batch again, for the school year after its own. */
    @Transactional
    public long renew(long schoolId, CurrentUser me, long batchId, UUID submissionKey) {
        LetterBatches.Row batch = batches.find(schoolId, batchId)
                .orElseThrow(() -> new NotFoundException("letter batch", batchId));
        return submissions.once(schoolId, LetterDocuments.BATCH, submissionKey,
                () -> issueOnce(schoolId, me, batch.templateId(), SchoolYears.next(batch.schoolYear()),
                        batch.roleList(), batch.departmentList(), batchId));
    }

    private long issueOnce(long schoolId, CurrentUser me, long templateId, String schoolYear, List<String> roles,
                           List<Long> departmentIds, Long renewedFrom) {
        LetterTemplates.Row template = templates.find(schoolId, templateId)
                .orElseThrow(() -> new RuleViolation("templateId", "letter.issue.unknownTemplate"));
        if (template.role().printableOnly()) {
            throw new RuleViolation("templateId", "letter.issue.printOnly");
        }
        if (!SchoolYears.valid(schoolYear)) {
            throw new RuleViolation("schoolYear", "letter.schoolYear.format");
        }
        List<Recipient> people = recipients.of(schoolId, roles, departmentIds);
        String number = numbers.next(schoolId, LetterDocuments.BATCH);
        long id = batches.insert(schoolId, new LetterBatchStore.NewBatch(number, templateId, template.revisionId(),
                schoolYear, String.join(",", roles), departmentIds.toArray(Long[]::new), renewedFrom, me.userId(),
                me.displayName()));
        List<Long> addressed = new ArrayList<>();
        for (Recipient person : people) {
            if (letters.insert(schoolId, id, templateId, schoolYear, person)) {
                addressed.add(person.userId());
            }
        }
        if (addressed.isEmpty()) {
            throw new RuleViolation("roles", people.isEmpty() ? "letter.issue.nobody" : "letter.issue.allHave");
        }
        notifications.notify(schoolId, addressed, "letter.notice.issued", List.of(template.title(), schoolYear),
                "/safety/letters/mine");
        audit.changedIn(schoolId, "safety", "letter_batch", id, renewedFrom == null ? "ISSUE" : "RENEW", null,
                Map.of("number", number, "template", template.title(), "schoolYear", schoolYear,
                        "letters", addressed.size()));
        return id;
    }
}
