package org.houqin.safety.letter;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.houqin.audit.AuditLog;
import org.houqin.platform.db.Versioned;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A school's letter templates: copied from the library (once each) and edited, each edit a new revision, so that a
 * letter issued last year still reads as it was signed.
 */
@Service
public class LetterTemplates {

    public record Row(long id, LetterRole role, String title, String libraryCode, int currentRevision, int version,
                      long revisionId, String body) {
    }

    public record Revision(long id, int number, String title, String body, Instant createdAt) {
    }

    private final LetterTemplateStore store;
    private final LetterLibrary library;
    private final AuditLog audit;

    LetterTemplates(LetterTemplateStore store, LetterLibrary library, AuditLog audit) {
        this.store = store;
        this.library = library;
        this.audit = audit;
    }

    /** A letter's text as paragraphs, blank lines dropped. */
    public static List<String> paragraphs(String body) {
        return body.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    @Transactional(readOnly = true)
    public List<Row> all(long schoolId) {
        return store.all(schoolId);
    }

    @Transactional(readOnly = true)
    public Optional<Row> find(long schoolId, long id) {
        return store.find(schoolId, id);
    }

    @Transactional(readOnly = true)
    public List<Revision> revisions(long schoolId, long id) {
        return store.revisions(schoolId, id);
    }

    @Transactional(readOnly = true)
    public Optional<Revision> revision(long schoolId, long revisionId) {
        return store.revision(schoolId, revisionId);
    }

    /** The library's letters the school has not copied yet. */
    @Transactional(readOnly = true)
    public List<LetterLibrary.Entry> notCopied(long schoolId) {
        Set<String> copied = store.all(schoolId).stream().map(Row::libraryCode).filter(c -> c != null)
                .collect(Collectors.toSet());
        return library.entries().stream().filter(e -> !copied.contains(e.code())).toList();
    }

    @Transactional
    public long copy(long schoolId, CurrentUser me, String code) {
        LetterLibrary.Entry entry = library.entry(code).orElseThrow(() -> new NotFoundException("letter library", 0));
        long id = Forms.unique("code", "letter.template.copied",
                () -> store.insert(schoolId, entry.role(), entry.title(), entry.code(), me.userId()));
        store.insertRevision(schoolId, id, 1, entry.title(), entry.body(), me.userId());
        audit.changedIn(schoolId, "safety", "letter_template", id, "CREATE", null,
                Map.of("title", entry.title(), "library", code));
        return id;
    }

    /** Saves the form as the template's next revision. */
    @Transactional
    public void revise(long schoolId, CurrentUser me, long id, TemplateForm form) {
        Row row = find(schoolId, id).orElseThrow(() -> new NotFoundException("letter template", id));
        if (row.title().equals(form.getTitle()) && row.body().equals(form.getBody())) {
            throw new RuleViolation("body", "letter.template.unchanged");
        }
        Versioned.saved(Forms.unique("title", "letter.template.titleTaken",
                () -> store.revise(schoolId, id, form.getVersion(), form.getTitle())), "letter template", id);
        store.insertRevision(schoolId, id, row.currentRevision() + 1, form.getTitle(), form.getBody(), me.userId());
        audit.changedIn(schoolId, "safety", "letter_template", id, "REVISE", Map.of("revision", row.currentRevision()),
                Map.of("revision", row.currentRevision() + 1, "title", form.getTitle()));
    }
}
