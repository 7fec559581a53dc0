package org.houqin.repairs.request;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.houqin.audit.AuditLog;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.files.Attachments;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.time.SchoolClock;
import org.houqin.platform.web.RuleViolation;
import org.houqin.repairs.DamageReported;
import org.houqin.repairs.RepairsPermissions;
import org.houqin.warehouse.StockIssues;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The worker's completion (完工: notes, hours, materials, photos after, the signature) and the reporter's check
 * with a signature; and the office's record of man-made damage.
 */
@Service
public class RepairWork {

    private final RepairService steps;
    private final RepairStore requests;
    private final Attachments attachments;
    private final OrganizationApi organization;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final StockIssues stock;

    private final SchoolClock clock;

    RepairWork(RepairService steps, RepairStore requests, Attachments attachments, OrganizationApi organization,
               AuditLog audit, ApplicationEventPublisher events, StockIssues stock, SchoolClock clock) {
        this.clock = clock;
        this.stock = stock;
        this.steps = steps;
        this.requests = requests;
        this.attachments = attachments;
        this.organization = organization;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public void complete(long school, CurrentUser me, long id, CompleteForm form, List<MultipartFile> photos) {
        List<StockIssues.Use> fromStock = new ArrayList<>();
        List<CompleteForm.MaterialLine> bought = new ArrayList<>();
        for (int i = 0; i < form.getMaterials().size(); i++) {
            CompleteForm.MaterialLine line = form.getMaterials().get(i);
            if (line.isEmpty()) {
                continue;
            }
            if (line.fromStock() && line.getQuantity() == null) {
                throw new RuleViolation("materials[" + i + "].quantity", "repair.material.quantity.required");
            }
            if (line.fromStock()) {
                fromStock.add(new StockIssues.Use(line.getItemId(), line.getQuantity(), "materials[" + i + "].quantity"));
            } else if (line.getName() == null || line.getUnit() == null || line.getQuantity() == null) {
                throw new RuleViolation("materials[" + i + "].name", "repair.material.incomplete");
            } else {
                bought.add(line);
            }
        }
        List<MultipartFile> chosen = RepairReporting.photosOf(photos);
        steps.apply(school, me, id, form.getVersion(), r -> {
            RepairService.requireAssignee(r, me);
            return r.complete(form.getNote(), form.getHours(), steps.now());
        });
        Repairs.Row row = requests.find(school, id).orElseThrow();
        for (StockIssues.Taken taken : stock.issue(school, "BX", id, row.number(), null,
                clock.dateOf(steps.now()), row.place(), fromStock)) {
            requests.addMaterial(school, id, taken.name(), taken.unit(), taken.quantity(), taken.itemId(),
                    taken.movementId());
        }
        for (CompleteForm.MaterialLine line : bought) {
            requests.addMaterial(school, id, line.getName(), line.getUnit(), line.getQuantity(), null, null);
        }
        attachments.storeSignature(school, "repair-worker", id, "signature", form.getSignature());
        for (MultipartFile photo : chosen) {
            attachments.storePhoto(school, "repair-after", id, "photos", photo);
        }
        steps.tellReporter(school, id, "notification.repair.finished");
    }

    /** The reporter's check, with an optional signature on the printed form. */
    @Transactional
    public void confirm(long school, CurrentUser me, long id, ActionForm form) {
        steps.confirm(school, me, id, form);
        if (form.getSignature() != null) {
            attachments.storeSignature(school, "repair-reporter", id, "signature", form.getSignature());
        }
    }

    @Transactional
    public void markDamage(long school, CurrentUser me, long id, ActionForm form) {
        RepairService.requirePermission(me, RepairsPermissions.DISPATCH);
        Repairs.Row before = requests.find(school, id).orElseThrow();
        if (form.getVersion() != before.version()) {
            throw new OptimisticLockingFailureException("repair " + id + " changed");
        }
        if (form.getDamageClassId() == null && form.getDamageStaffId() == null) {
            throw new RuleViolation("damageClassId", "repair.damage.who");
        }
        if (form.getDamageClassId() != null && !organization.classNames(school).containsKey(form.getDamageClassId())) {
            throw new RuleViolation("damageClassId", "repair.damage.who");
        }
        if (form.getDamageStaffId() != null
                && organization.activeStaff(school).stream().noneMatch(s -> s.id() == form.getDamageStaffId())) {
            throw new RuleViolation("damageStaffId", "repair.damage.who");
        }
        if (!requests.markDamage(school, id, form.getVersion(), form.getDamageClassId(), form.getDamageStaffId(),
                form.getNote())) {
            throw new OptimisticLockingFailureException("repair " + id + " changed or already marked");
        }
        Repairs.Row after = requests.find(school, id).orElseThrow();
        requests.record(school, id, new Repair.Step("damage", after.status(), after.status(), form.getNote()),
                me.userId(), me.displayName(), steps.now());
        audit.changedIn(school, "repairs", "request", id, "DAMAGE", Map.of("damage", before.damage()),
                Map.of("damage", true, "classId", String.valueOf(after.damageClassId()),
                        "staffId", String.valueOf(after.damageStaffId())));
        BigDecimal cost = after.contractorCost();
        events.publishEvent(new DamageReported(school, id, after.number(), after.damageClassId(), after.damageStaffId(),
                after.damageNote(), cost));
    }
}
