package org.houqin.repairs;

import java.util.List;
import java.util.Optional;

import org.houqin.platform.web.RuleViolation;
import org.houqin.repairs.category.CategoryService;
import org.houqin.repairs.request.RepairReporting;
import org.houqin.repairs.request.Repairs;
import org.houqin.repairs.request.ReportForm;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of repairs: open a request for something they keep (a hazard that needs a repair) and
 * read where a request stands. The request carries its source, and its page links back.
 */
@Service
public class RepairsApi {

    /**
     * A hazard (隐患) that needs a repair: its id and number (named in the description and the source), its place,
     * who asks, and words that pick the repair category (the first active category whose name holds one of them,
     * else 其他 or the first active one).
     */
    public record HazardRepair(long hazardId, String hazardNumber, Long roomId, String location, String description,
                               Long reporterUserId, String reporterName, Long departmentId, List<String> categoryWords) {
    }

    /** A request as another module sees it: its number, where it stands and the worker's note. */
    public record RepairRef(long id, String number, RepairStatus status, String workNote) {
    }

    private final RepairReporting reporting;
    private final Repairs requests;
    private final CategoryService categories;

    RepairsApi(RepairReporting reporting, Repairs requests, CategoryService categories) {
        this.reporting = reporting;
        this.requests = requests;
        this.categories = categories;
    }

    /** Opens a repair request for a hazard, in the caller's transaction; it is taken even for a stopped room. */
    @Transactional
    public long openForHazard(long schoolId, HazardRepair hazard) {
        ReportForm form = new ReportForm();
        form.setRoomId(hazard.roomId());
        form.setLocation(hazard.location());
        form.setCategoryId(category(schoolId, hazard.categoryWords()));
        String text = "【隐患 " + hazard.hazardNumber() + "】" + hazard.description();
        form.setDescription(text.length() > 1000 ? text.substring(0, 1000) : text);
        form.setUrgent(true);
        return reporting.reportFor(schoolId, new RepairReporting.Reporter(hazard.reporterUserId(),
                hazard.reporterName(), null, hazard.departmentId(), null), form,
                Repairs.HAZARD_SOURCE + hazard.hazardId() + ":" + hazard.hazardNumber());
    }

    @Transactional(readOnly = true)
    public Optional<RepairRef> repair(long schoolId, long repairId) {
        return requests.byId(schoolId, repairId)
                .map(r -> new RepairRef(r.id(), r.number(), r.status(), r.workNote()));
    }

    private long category(long schoolId, List<String> words) {
        List<CategoryService.Category> active = categories.active(schoolId);
        return active.stream().filter(c -> words.stream().anyMatch(w -> c.name().contains(w))).findFirst()
                .or(() -> active.stream().filter(c -> c.name().equals("其他")).findFirst())
                .or(() -> active.stream().findFirst())
                .map(CategoryService.Category::id)
                .orElseThrow(() -> new RuleViolation("repair", "hazard.repair.noCategory"));
    }
}
