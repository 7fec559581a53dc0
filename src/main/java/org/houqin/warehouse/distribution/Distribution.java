package org.houqin.warehouse.distribution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.houqin.organization.OrganizationApi.ClassRef;
import org.houqin.platform.web.RuleViolation;

/**
 * The life of a 学期教材/作业本发放 plan: a draft whose lines (grade, item, per student, extra per class) may change;
 * starting it fixes every class's list from the head counts of that day, and only then may classes be handed their
 * books; closing ends it (with a reason while classes are still owed something). A draft may be cancelled.
 */
final class Distribution {

    /** A line of the plan: every student of the grade gets {@code perStudent}, each class {@code extraPerClass} more. */
    record Line(long id, long gradeId, long itemId, BigDecimal perStudent, BigDecimal extraPerClass) {

        BigDecimal requiredFor(int headCount) {
            return perStudent.multiply(BigDecimal.valueOf(headCount)).add(extraPerClass);
        }
    }

    /** What one class is to get: the required quantity per plan line id, in line order. */
    record ClassList(ClassRef schoolClass, Map<Long, BigDecimal> required) {
    }

    final long id;
    final int version;
    DistributionStatus status;
    final List<Line> lines;

    Distribution(long id, DistributionStatus status, int version, List<Line> lines) {
        this.id = id;
        this.status = status;
        this.version = version;
        this.lines = List.copyOf(lines);
    }

    /** A line's figures: at least something per student, never a negative extra. */
    static void checkLine(int index, BigDecimal perStudent, BigDecimal extraPerClass) {
        if (perStudent == null || perStudent.signum() <= 0) {
            throw new RuleViolation("lines[" + index + "].perStudent", "distribution.line.perStudent");
        }
        if (extraPerClass != null && extraPerClass.signum() < 0) {
            throw new RuleViolation("lines[" + index + "].extraPerClass", "distribution.line.extra");
        }
    }

    /**
     * Each class of a planned grade with students gets, for each line of its grade, head count × per student + extra;
     * a class without students gets nothing (there is nobody to sign for it).
     */
    static List<ClassList> classLists(List<Line> lines, List<ClassRef> classes) {
        List<ClassList> lists = new ArrayList<>();
        for (ClassRef schoolClass : classes) {
            if (schoolClass.headCount() <= 0) {
                continue;
            }
            Map<Long, BigDecimal> required = new LinkedHashMap<>();
            for (Line line : lines) {
                if (line.gradeId() == schoolClass.gradeId()) {
                    required.put(line.id(), line.requiredFor(schoolClass.headCount()));
                }
            }
            if (!required.isEmpty()) {
                lists.add(new ClassList(schoolClass, required));
            }
        }
        return lists;
    }

    /** The lines may change only while the plan is a draft. */
    void edit() {
        require(DistributionStatus.DRAFT);
    }

    /** Starts issuing: the class lists are computed now, once, from the classes as they are today. */
    List<ClassList> start(List<ClassRef> classes) {
        require(DistributionStatus.DRAFT);
        if (lines.isEmpty()) {
            throw RuleViolation.of("distribution.lines.none");
        }
        List<ClassList> lists = classLists(lines, classes);
        if (lists.isEmpty()) {
            throw RuleViolation.of("distribution.start.noClasses");
        }
        status = DistributionStatus.ISSUING;
        return lists;
    }

    void cancel() {
        require(DistributionStatus.DRAFT);
        status = DistributionStatus.CANCELLED;
    }

    /** Ends the plan; classes still owed something need the reason why they will not get it through this plan. */
    void close(long classesOwed, String note) {
        require(DistributionStatus.ISSUING);
        if (classesOwed > 0 && (note == null || note.isBlank())) {
            throw new RuleViolation("note", "distribution.close.noteRequired", classesOwed);
        }
        status = DistributionStatus.CLOSED;
    }

    /** Books are handed over and taken back only while the plan is issuing. */
    void requireIssuing() {
        require(DistributionStatus.ISSUING);
    }

    private void require(DistributionStatus allowed) {
        if (status != allowed) {
            throw RuleViolation.of("distribution.state." + status.name().toLowerCase(Locale.ROOT));
        }
    }
}
