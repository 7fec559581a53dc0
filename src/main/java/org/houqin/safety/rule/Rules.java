package org.houqin.safety.rule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.houqin.audit.AuditLog;
import org.houqin.iam.IamApi;
import org.houqin.platform.db.Versioned;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.Forms;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.RuleViolation;
import org.houqin.safety.letter.CollectionRate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library of rules and emergency plans: each a series of versions, the latest one whose day has come in force
 * and the older ones still readable. The roles a rule names must read it: each person acknowledges (已阅) the version
 * in force, and a new version needs a new acknowledgement.
 */
@Service
public class Rules {

    public record Row(long id, String title, RuleKind kind, String requiredRoles, int version, long currentVersionId,
                      int currentNumber, LocalDate effectiveOn, String body, int latestNumber) {

        public List<String> roleList() {
            return requiredRoles.isBlank() ? List.of() : List.of(requiredRoles.split(","));
        }
    }

    public record Version(long id, int number, String body, LocalDate effectiveOn, String note, Instant createdAt) {
    }

    private final RuleStore store;
    private final RuleLibrary library;
    private final IamApi iam;
    private final AuditLog audit;
    private final SchoolClock clock;

    Rules(RuleStore store, RuleLibrary library, IamApi iam, AuditLog audit, SchoolClock clock) {
        this.store = store;
        this.library = library;
        this.iam = iam;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResult<Row> inForce(long schoolId, ListQuery query, RuleKind kind) {
        return store.page(schoolId, clock.today(), query, kind);
    }

    @Transactional(readOnly = true)
    public Optional<Row> find(long schoolId, long id) {
        return store.find(schoolId, clock.today(), id);
    }

    @Transactional(readOnly = true)
    public List<Version> versions(long schoolId, long id) {
        return store.versions(schoolId, id);
    }

    /** Which of these versions the reader acknowledged. */
    @Transactional(readOnly = true)
    public Set<Long> acknowledged(long schoolId, CurrentUser me, List<Long> versionIds) {
        return new HashSet<>(store.acknowledged(schoolId, me.userId(), versionIds));
    }

    /** The rules in force the reader's roles must read and the reader has not acknowledged in their current version. */
    @Transactional(readOnly = true)
    public List<Row> unread(long schoolId, CurrentUser me) {
        return store.unread(schoolId, me.userId(), clock.today(), iam.roleCodes(schoolId, me.userId()));
    }

    @Transactional(readOnly = true)
    public long unreadCount(long schoolId, CurrentUser me) {
        return unread(schoolId, me).size();
    }

    /** 已阅: the reader has read the version in force. Twice is once. */
    @Transactional
    public void acknowledge(long schoolId, CurrentUser me, long id) {
        Row rule = find(schoolId, id).orElseThrow(() -> new NotFoundException("rule", id));
        if (rule.effectiveOn().isAfter(clock.today())) {
            throw RuleViolation.of("rule.notInForce");
        }
        if (store.acknowledge(schoolId, id, rule.currentVersionId(), me.userId())) {
            audit.changedIn(schoolId, "safety", "rule", id, "ACKNOWLEDGE", null,
                    Map.of("version", rule.currentNumber()));
        }
    }

    /** Who must read the rule, who has read the version in force, and who has not. */
    @Transactional(readOnly = true)
    public Readers readers(long schoolId, Row rule) {
        Set<Long> required = new HashSet<>();
        rule.roleList().forEach(role -> required.addAll(iam.usersWithRole(schoolId, role)));
        Set<Long> read = new HashSet<>(store.acknowledgedBy(schoolId, rule.currentVersionId()));
        read.retainAll(required);
        Set<Long> missing = new HashSet<>(required);
        missing.removeAll(read);
        return new Readers(read.size(), required.size(), List.copyOf(iam.displayNames(missing).values()));
    }

    @Transactional
    public long create(long schoolId, CurrentUser me, RuleForm form) {
        return createFrom(schoolId, me, form, null);
    }

    /** A new version of the rule: in force from its day on. */
    @Transactional
    public void addVersion(long schoolId, CurrentUser me, long id, VersionForm form) {
        Row rule = find(schoolId, id).orElseThrow(() -> new NotFoundException("rule", id));
        Versioned.saved(store.touch(schoolId, id, form.getVersion()), "rule", id);
        store.insertVersion(schoolId, id, rule.latestNumber() + 1, form, me.userId());
        audit.changedIn(schoolId, "safety", "rule", id, "VERSION", Map.of("version", rule.latestNumber()),
                Map.of("version", rule.latestNumber() + 1, "effectiveOn", form.getEffectiveOn().toString()));
    }

    /** Copies the library's rules the school does not have yet, in force from today; how many were copied. */
    @Transactional
    public int copyLibrary(long schoolId, CurrentUser me, List<String> requiredRoles) {
        List<String> titles = store.titles(schoolId);
        int copied = 0;
        for (RuleLibrary.Entry entry : library.entries()) {
            if (!titles.contains(entry.title())) {
                RuleForm form = new RuleForm();
                form.setTitle(entry.title());
                form.setKind(entry.kind());
                form.setBody(entry.body());
                form.setRequiredRoles(requiredRoles);
                form.setEffectiveOn(clock.today());
                createFrom(schoolId, me, form, entry.code());
                copied++;
            }
        }
        return copied;
    }

    private long createFrom(long schoolId, CurrentUser me, RuleForm form, String libraryCode) {
        Set<String> known = new HashSet<>();
        iam.roles(schoolId).forEach(role -> known.add(role.code()));
        if (!known.containsAll(form.getRequiredRoles())) {
            throw new RuleViolation("requiredRoles", "rule.unknownRole");
        }
        long id = Forms.unique("title", "rule.titleTaken", () -> store.insert(schoolId, form, libraryCode, me.userId()));
        VersionForm first = new VersionForm();
        first.setBody(form.getBody());
        first.setEffectiveOn(form.getEffectiveOn());
        store.insertVersion(schoolId, id, 1, first, me.userId());
        audit.changedIn(schoolId, "safety", "rule", id, "CREATE", null,
                Map.of("title", form.getTitle(), "kind", form.getKind().name()));
        return id;
    }

    /** Required reading of a rule's version in force. */
    public record Readers(long read, long required, List<String> missing) {

        public CollectionRate rate() {
            return new CollectionRate(read, required);
        }
    }
}
