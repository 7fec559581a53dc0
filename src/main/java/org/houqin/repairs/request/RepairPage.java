package org.houqin.repairs.request;

import java.util.List;
import java.util.Objects;

import org.houqin.iam.IamApi;
import org.houqin.organization.OrganizationApi;
import org.houqin.platform.files.Attachments;
import org.houqin.platform.security.CurrentUser;
import org.houqin.repairs.RepairStatus;
import org.houqin.repairs.RepairsPermissions;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Everything a request's page shows, and which steps the reader may take from here. */
@Component
class RepairPage {

    /** The steps offered to the reader now; the server checks them again when they are taken. */
    record Steps(boolean dispatch, boolean outsource, boolean reject, boolean escalate, boolean decide, boolean start,
                 boolean hold, boolean resume, boolean complete, boolean finishOutsourced, boolean confirm,
                 boolean reopen, boolean cancel, boolean damage) {

        public boolean any() {
            return dispatch || outsource || reject || escalate || decide || start || hold || resume || complete
                    || finishOutsourced || confirm || reopen || cancel || damage;
        }
    }

    private final Repairs requests;
    private final RepairService service;
    private final Attachments attachments;
    private final OrganizationApi organization;
    private final RepairAssetLookup assets;
    private final IamApi iam;

    RepairPage(Repairs requests, RepairService service, Attachments attachments, OrganizationApi organization,
               RepairAssetLookup assets, IamApi iam) {
        this.requests = requests;
        this.service = service;
        this.attachments = attachments;
        this.organization = organization;
        this.assets = assets;
        this.iam = iam;
    }

    /** The request if the user may see it; otherwise 404, the same as for a request that does not exist. */
    Repairs.Row visible(CurrentUser me, long id) {
        return requests.visible(me, id);
    }

    String show(Model model, CurrentUser me, Repairs.Row row) {
        long school = me.requireSchool();
        model.addAttribute("repair", row);
        model.addAttribute("reporterPhone", reporterPhone(me, row));
        model.addAttribute("history", requests.history(school, row.id()));
        model.addAttribute("materials", requests.materials(school, row.id()));
        model.addAttribute("asset", assets.of(school, row.assetId()).orElse(null));
        List<Attachments.Attachment> files = attachments.of(school, "repair", row.id());
        model.addAttribute("photos", files);
        model.addAttribute("afterPhotos", attachments.of(school, "repair-after", row.id()));
        model.addAttribute("workerSignature", attachments.of(school, "repair-worker", row.id()).stream().findFirst().orElse(null));
        model.addAttribute("reporterSignature", attachments.of(school, "repair-reporter", row.id()).stream().findFirst().orElse(null));
        Steps steps = steps(me, row);
        model.addAttribute("steps", steps);
        if (steps.dispatch()) {
            model.addAttribute("workers", service.workers(school));
        }
        if (steps.damage()) {
            model.addAttribute("classes", organization.classNames(school));
            model.addAttribute("staff", organization.activeStaff(school));
        }
        if (row.damageClassId() != null) {
            model.addAttribute("damageClass", organization.classNames(school).get(row.damageClassId()));
        }
        if (row.damageStaffId() != null) {
            model.addAttribute("damageStaff", organization.staffNames(List.of(row.damageStaffId())).get(row.damageStaffId()));
        }
        if (!model.containsAttribute("action")) {
            ActionForm action = new ActionForm();
            action.setVersion(row.version());
            model.addAttribute("action", action);
        }
        return "repairs/detail";
    }

    /**
     * The phone to call the reporter on, for the office and for the worker sent to the repair (who needs to agree a
     * time): a guest's as given, a colleague's from the staff list; nobody else sees it.
     */
    private String reporterPhone(CurrentUser me, Repairs.Row row) {
        if (!me.can(RepairsPermissions.DISPATCH) && !Objects.equals(row.assigneeUserId(), me.userId())) {
            return null;
        }
        if (row.reporterPhone() != null || row.reporterUserId() == null) {
            return row.reporterPhone();
        }
        return iam.staffOf(row.reporterUserId()).flatMap(organization::staffPhone).orElse(null);
    }

    static Steps steps(CurrentUser me, Repairs.Row row) {
        boolean office = me.can(RepairsPermissions.DISPATCH);
        boolean assignee = row.assigneeUserId() != null && row.assigneeUserId() == me.userId();
        boolean reporter = row.reporterUserId() != null && row.reporterUserId() == me.userId();
        boolean checker = reporter || (office && row.reporterUserId() == null && !assignee);
        RepairStatus s = row.status();
        return new Steps(
                office && (s == RepairStatus.NEW || s == RepairStatus.ASSIGNED || s == RepairStatus.ON_HOLD),
                office && (s == RepairStatus.NEW || s == RepairStatus.ASSIGNED || s == RepairStatus.IN_PROGRESS
                        || s == RepairStatus.ON_HOLD),
                office && s == RepairStatus.NEW,
                office && (s == RepairStatus.NEW || s == RepairStatus.ON_HOLD),
                me.can(RepairsPermissions.DECIDE) && s == RepairStatus.ESCALATED,
                assignee && s == RepairStatus.ASSIGNED,
                (assignee || office) && s == RepairStatus.IN_PROGRESS,
                (assignee || office) && s == RepairStatus.ON_HOLD && row.assigneeUserId() != null,
                assignee && s == RepairStatus.IN_PROGRESS,
                office && s == RepairStatus.OUTSOURCED,
                checker && s == RepairStatus.AWAITING_CHECK,
                checker && s == RepairStatus.AWAITING_CHECK,
                (reporter || office) && s == RepairStatus.NEW,
                office && !row.damage() && s != RepairStatus.CANCELLED && s != RepairStatus.REJECTED);
    }
}
