package org.houqin.warehouse.distribution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.houqin.organization.OrganizationApi;
import org.houqin.warehouse.stock.StockLedger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 发放汇总: per grade and item what the classes are to get, got, are still owed and brought back, and its value; per
 * grade how many classes are done; per item whether the store holds what is still to hand over. A draft is
 * previewed from today's head counts, a started plan is added up from its class lists.
 */
@Component
@Transactional(readOnly = true)
class GradeSummaries {

    /**
     * A grade's figures for one item. {@code owed} is what classes that signed for part of their list are still owed
     * (欠发); what classes that have not come yet are to get is {@link #waiting()} (待发放).
     */
    record SummaryRow(long gradeId, String gradeName, long itemId, String code, String name, String specification,
                      String unit, BigDecimal perStudent, BigDecimal extraPerClass, long classes, long students,
                      BigDecimal required, BigDecimal issued, BigDecimal owed, BigDecimal returned,
                      BigDecimal issuedValue, BigDecimal returnedValue) {

        public BigDecimal shortage() {
            return owed;
        }

        public BigDecimal waiting() {
            return required.subtract(issued).subtract(owed);
        }

        public BigDecimal net() {
            return issued.subtract(returned);
        }

        public BigDecimal value() {
            return issuedValue.subtract(returnedValue);
        }
    }

    record GradeRow(long gradeId, String gradeName, long classes, long students, long issued, long shortClasses,
                    long pending, BigDecimal value) {
    }

    record StockNeed(long itemId, String code, String name, String specification, String unit, BigDecimal required,
                     BigDecimal toIssue, BigDecimal available) {

        public BigDecimal gap() {
            return toIssue.subtract(available).max(BigDecimal.ZERO);
        }
    }

    record View(List<SummaryRow> rows, List<GradeRow> grades, List<StockNeed> stock) {

        public List<SummaryRow> of(long gradeId) {
            return rows.stream().filter(row -> row.gradeId() == gradeId).toList();
        }

        public BigDecimal value() {
            return rows.stream().map(SummaryRow::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private final GradeSummaryQueries queries;
    private final PlanStore plans;
    private final OrganizationApi organization;
    private final StockLedger ledger;

    GradeSummaries(GradeSummaryQueries queries, PlanStore plans, OrganizationApi organization, StockLedger ledger) {
        this.queries = queries;
        this.plans = plans;
        this.organization = organization;
        this.ledger = ledger;
    }

    View of(long schoolId, Distributions.Plan plan) {
        List<SummaryRow> rows;
        List<GradeRow> grades;
        if (plan.started()) {
            rows = queries.summary(schoolId, plan.id());
            grades = withValues(queries.grades(schoolId, plan.id()), rows);
        } else {
            List<Distributions.PlanLine> lines = plans.lines(schoolId, plan.id());
            List<Distribution.ClassList> lists = Distribution.classLists(lines.stream().map(line -> new Distribution.Line(
                    line.id(), line.gradeId(), line.itemId(), line.perStudent(), line.extraPerClass())).toList(),
                    organization.classes(schoolId));
            rows = preview(lines, lists);
            grades = previewGrades(lists);
        }
        boolean open = plan.status() == DistributionStatus.DRAFT || plan.status() == DistributionStatus.ISSUING;
        return new View(rows, grades, open ? stock(schoolId, plan.storeId(), rows) : List.of());
    }

    private static List<SummaryRow> preview(List<Distributions.PlanLine> lines, List<Distribution.ClassList> lists) {
        List<SummaryRow> rows = new ArrayList<>();
        for (Distributions.PlanLine line : lines) {
            long classes = 0;
            long students = 0;
            BigDecimal required = BigDecimal.ZERO;
            for (Distribution.ClassList list : lists) {
                BigDecimal quantity = list.required().get(line.id());
                if (quantity != null) {
                    classes++;
                    students += list.schoolClass().headCount();
                    required = required.add(quantity);
                }
            }
            rows.add(new SummaryRow(line.gradeId(), line.gradeName(), line.itemId(), line.code(), line.name(),
                    line.specification(), line.unit(), line.perStudent(), line.extraPerClass(), classes, students,
                    required, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
        }
        return rows;
    }

    private static List<GradeRow> previewGrades(List<Distribution.ClassList> lists) {
        Map<Long, GradeRow> grades = new LinkedHashMap<>();
        for (Distribution.ClassList list : lists) {
            var c = list.schoolClass();
            GradeRow was = grades.getOrDefault(c.gradeId(), new GradeRow(c.gradeId(), c.gradeName(), 0, 0, 0, 0, 0,
                    BigDecimal.ZERO));
            grades.put(c.gradeId(), new GradeRow(c.gradeId(), c.gradeName(), was.classes() + 1,
                    was.students() + c.headCount(), 0, 0, was.pending() + 1, BigDecimal.ZERO));
        }
        return List.copyOf(grades.values());
    }

    private static List<GradeRow> withValues(List<GradeRow> grades, List<SummaryRow> rows) {
        return grades.stream().map(g -> new GradeRow(g.gradeId(), g.gradeName(), g.classes(), g.students(), g.issued(),
                g.shortClasses(), g.pending(), rows.stream().filter(r -> r.gradeId() == g.gradeId())
                .map(SummaryRow::value).reduce(BigDecimal.ZERO, BigDecimal::add))).toList();
    }

    /** Per item over all grades: required, still to hand over, and what the plan's store holds now. */
    private List<StockNeed> stock(long schoolId, long storeId, List<SummaryRow> rows) {
        Map<Long, StockNeed> needs = new LinkedHashMap<>();
        for (SummaryRow row : rows) {
            StockNeed was = needs.computeIfAbsent(row.itemId(), item -> new StockNeed(item, row.code(), row.name(),
                    row.specification(), row.unit(), BigDecimal.ZERO, BigDecimal.ZERO,
                    ledger.balance(schoolId, item, storeId).quantity()));
            needs.put(row.itemId(), new StockNeed(was.itemId(), was.code(), was.name(), was.specification(), was.unit(),
                    was.required().add(row.required()), was.toIssue().add(row.required().subtract(row.issued())),
                    was.available()));
        }
        return List.copyOf(needs.values());
    }
}
