package org.houqin.routines.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;
import org.houqin.audit.AuditLog;
import org.houqin.platform.web.ListQuery;
import org.houqin.platform.web.NotFoundException;
import org.houqin.platform.web.PageResult;
import org.houqin.platform.web.RuleViolation;
import org.houqin.routines.checklist.ChecklistItem;
import org.houqin.routines.checklist.ChecklistTemplate;
import org.houqin.routines.checklist.InvalidTemplate;
import org.houqin.routines.checklist.TemplateJson;
import org.houqin.routines.checklist.TemplateLibrary;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A school's checklists: copied from the library, revised as a new version (the old one stays for the records that
 * answered it), deactivated. Other parts of routines read a version or the current one through here.
 */
@Service
public class Templates {

    /** A template in the list. */
    @Schema(name = "RoutineTemplateRow")
    public record Row(long id, String code, String name, String category, String libraryCode, int currentVersion,
                      boolean active, long schedules) {
    }

    /** A template to choose for a schedule. */
    public record Choice(long id, String name, String category) {
    }

    /** A template with its current version as stored. */
    record Stored(long id, String code, String name, String category, String source, String libraryCode,
                  int currentVersion, boolean active, int version, long versionId, String appliesTo, String items) {

        ChecklistTemplate template() {
            return TemplateJson.read(code, name, category, currentVersion, source, appliesTo, items);
        }
    }

    private static final TemplateLibrary LIBRARY = TemplateLibrary.load();

    private final TemplateStore store;
    private final AuditLog audit;

    Templates(TemplateStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    /** The default Chinese checklists a school may copy. */
    public List<ChecklistTemplate> library() {
        return LIBRARY.templates();
    }

    @Transactional(readOnly = true)
    public PageResult<Row> page(long schoolId, ListQuery query, String category) {
        return store.page(schoolId, query, category);
    }

    @Transactional(readOnly = true)
    public List<String> categories(long schoolId) {
        return store.categories(schoolId);
    }

    /** The active templates, for a schedule's form. */
    @Transactional(readOnly = true)
    public List<Choice> choices(long schoolId) {
        return store.active(schoolId);
    }

    @Transactional(readOnly = true)
    Optional<Stored> find(long schoolId, long id) {
        return store.find(schoolId, id);
    }

    /** The school's own copy of a library template, as its version 1. */
    @Transactional
    public long copy(long schoolId, String libraryCode, long userId) {
        ChecklistTemplate original = LIBRARY.template(libraryCode)
                .orElseThrow(() -> new RuleViolation("libraryCode", "routine.template.unknownLibrary"));
        String code = original.code();
        for (int n = 2; store.codeTaken(schoolId, code); n++) {
            code = original.code() + "-" + n;
        }
        long id = store.insert(schoolId, code, original.name(), original.category(), original.source(),
                original.code(), userId);
        store.insertVersion(schoolId, id, 1, TemplateJson.appliesTo(original.appliesTo()),
                TemplateJson.items(original.items()), userId);
        audit.changedIn(schoolId, "routines", "template", id, "CREATE", null, original.name());
        return id;
    }

    /** Saves the form as the next version; refused when someone saved in between. */
    @Transactional
    public int revise(long schoolId, long id, TemplateForm form, long userId) {
        Stored before = store.find(schoolId, id).orElseThrow(() -> new NotFoundException("template", id));
        ChecklistTemplate revised = revised(before.template(), form);
        int number = store.bump(schoolId, id, form.getVersion(), form.getName(), form.getCategory(), form.getSource())
                .orElseThrow(() -> new OptimisticLockingFailureException("template " + id + " changed"));
        store.insertVersion(schoolId, id, number, TemplateJson.appliesTo(revised.appliesTo()),
                TemplateJson.items(revised.items()), userId);
        audit.changedIn(schoolId, "routines", "template", id, "REVISE", before.currentVersion(), number);
        return number;
    }

    @Transactional
    public void setActive(long schoolId, long id, int version, boolean active) {
        store.find(schoolId, id).orElseThrow(() -> new NotFoundException("template", id));
        if (!store.setActive(schoolId, id, version, active)) {
            throw new OptimisticLockingFailureException("template " + id + " changed");
        }
        audit.changedIn(schoolId, "routines", "template", id, active ? "ACTIVATE" : "DEACTIVATE", null, null);
    }

    private static ChecklistTemplate revised(ChecklistTemplate current, TemplateForm form) {
        if (form.getItems().isEmpty()) {
            throw new RuleViolation("items", "routine.template.noItems");
        }
        List<ChecklistItem> items = new ArrayList<>();
        for (int i = 0; i < form.getItems().size(); i++) {
            ItemRow row = form.getItems().get(i);
            if (row.getCode() == null || items.stream().anyMatch(it -> it.code().equals(row.getCode()))) {
                row.setCode("item-" + (i + 1) + "-" + Integer.toHexString(System.identityHashCode(row)));
            }
            items.add(row.toItem(i));
        }
        try {
            return new ChecklistTemplate(current.code(), form.getName(), form.getCategory(), current.version() + 1,
                    form.getSource(), current.appliesTo(), items);
        } catch (InvalidTemplate e) {
            throw new RuleViolation("items", "routine.template.invalid");
        }
    }
}
