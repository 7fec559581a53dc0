package org.houqin.safety.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.houqin.audit.AuditLog;
import org.houqin.platform.files.Attachments;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.security.SqlCondition;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One person's letters: read and signed with a finger on a phone (the signature image, the server's time and the
 * user kept), or received on paper by the office with a scan. Either way the letter is then final: a second signature,
 * a double tap included, is refused, and the database refuses any change to it.
 */
@Service
public class Letters {

    public static final String SIGNATURE_OWNER = "safety-letter";
    public static final String SCAN_OWNER = "safety-letter-scan";

    public record Row(long id, long batchId, String batchNumber, long templateId, LetterRole role, long revisionId,
                      String title, String schoolYear, long staffId, Long userId, String personName,
                      Long departmentId, LetterStatus status, Instant signedAt, Long signedBy, LocalDate remindedOn,
                      Instant createdAt, int version) {

        public boolean pending() {
            return status == LetterStatus.PENDING;
        }
    }

    private final LetterStore store;
    private final Attachments attachments;
    private final AuditLog audit;
    private final SchoolClock clock;

    Letters(LetterStore store, Attachments attachments, AuditLog audit, SchoolClock clock) {
        this.store = store;
        this.attachments = attachments;
        this.audit = audit;
        this.clock = clock;
    }

    /** The letters a reader may see: their own, and those of the departments their data scope covers. */
    static SqlCondition scope(CurrentUser me) {
        return me.dataScope().filter("l.department_id", "l.user_id", me.userId());
    }

    @Transactional(readOnly = true)
    public List<Row> mine(long schoolId, CurrentUser me) {
        return store.ofUser(schoolId, me.userId());
    }

    @Transactional(readOnly = true)
    public long pendingOf(long schoolId, long userId) {
        return store.pendingOf(schoolId, userId);
    }

    @Transactional(readOnly = true)
    public PageResult<Row> page(long schoolId, CurrentUser me, ListQuery query, LetterStatus status) {
        return store.page(schoolId, query, scope(me), status);
    }

    /** A letter the reader may see: their own, or one in their data scope. */
    @Transactional(readOnly = true)
    public Optional<Row> readable(long schoolId, CurrentUser me, long id) {
        return store.find(schoolId, id).filter(l -> Objects.equals(l.userId(), me.userId())
                || me.dataScope().coversDepartment(l.departmentId()));
    }

    /** Signs one's own pending letter with the signature drawn on the page. */
    @Transactional
    public void sign(long schoolId, CurrentUser me, Row letter, String signature) {
        if (!Objects.equals(letter.userId(), me.userId())) {
            throw RuleViolation.of("letter.sign.notYours");
        }
        collect(schoolId, me, letter, LetterStatus.SIGNED);
        attachments.storeSignature(schoolId, SIGNATURE_OWNER, letter.id(), "signature", signature);
    }

    /** 纸质回收: the office received the letter signed on paper, and keeps its scan. */
    @Transactional
    public void receivePaper(long schoolId, CurrentUser me, Row letter, String fileName, byte[] scan) {
        if (scan == null || scan.length == 0) {
            throw new RuleViolation("scan", "letter.paper.scanMissing");
        }
        collect(schoolId, me, letter, LetterStatus.PAPER);
        attachments.storePhoto(schoolId, SCAN_OWNER, letter.id(), "scan", fileName, scan);
    }

    private void collect(long schoolId, CurrentUser me, Row letter, LetterStatus status) {
        if (!store.collect(schoolId, letter.id(), status, me.userId(), clock.now())) {
            throw RuleViolation.of("letter.alreadyCollected");
        }
        audit.changedIn(schoolId, "safety", "letter", letter.id(), status.name(), Map.of("status", "PENDING"),
                Map.of("status", status.name(), "batch", letter.batchNumber()));
    }

    @Transactional(readOnly = true)
    public Optional<Attachments.Attachment> proof(long schoolId, Row letter) {
        String owner = letter.status() == LetterStatus.PAPER ? SCAN_OWNER : SIGNATURE_OWNER;
        return attachments.of(schoolId, owner, letter.id()).stream().findFirst();
    }
}
