package org.houqin.warehouse.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.houqin.organization.OrganizationApi;
import org.houqin.organization.OrganizationApi.SemesterRef;
import org.houqin.platform.db.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What departments consumed: issues to them net of reversals, read from the ledger itself. Approvers see it on a
 * requisition (按需, not per head); the consumption report builds on it.
 */
@Component
public class ConsumptionQueries {

    /** The semesters compared on a requisition: the current one and the one before it (either may be missing). */
    public record Terms(Optional<SemesterRef> current, Optional<SemesterRef> previous) {
    }

    /** A department's net quantity and value of one item in the current and the previous semester. */
    public record Usage(long itemId, BigDecimal thisTerm, BigDecimal thisTermAmount, BigDecimal lastTerm,
                        BigDecimal lastTermAmount) {
    }

    private final JdbcClient jdbc;
    private final OrganizationApi organization;

    ConsumptionQueries(JdbcClient jdbc, OrganizationApi organization) {
        this.jdbc = jdbc;
        this.organization = organization;
    }

    @Transactional(readOnly = true)
    public Terms terms(long schoolId) {
        List<SemesterRef> all = organization.semesters(schoolId);
        Optional<SemesterRef> current = organization.currentSemester(schoolId);
        Optional<SemesterRef> previous = current.flatMap(now -> all.stream()
                .filter(s -> s.startsOn().isBefore(now.startsOn())).reduce((a, b) -> b));
        return new Terms(current, previous);
    }

    /** For each of the items, what the department consumed this semester and last (zero when nothing). */
    @Transactional(readOnly = true)
    public Map<Long, Usage> ofDepartment(long schoolId, long departmentId, Collection<Long> itemIds, Terms terms) {
        if (itemIds.isEmpty() || terms.current().isEmpty()) {
            return Map.of();
        }
        SemesterRef now = terms.current().get();
        LocalDate lastFrom = terms.previous().map(SemesterRef::startsOn).orElse(now.startsOn());
        LocalDate lastTo = terms.previous().map(SemesterRef::endsOn).orElse(now.startsOn().minusDays(1));
        return jdbc.sql("""
                SELECT m.item_id,
                       coalesce(-sum(m.quantity) FILTER (WHERE m.occurred_on BETWEEN :nowFrom AND :nowTo), 0) AS this_term,
                       coalesce(-sum(m.amount) FILTER (WHERE m.occurred_on BETWEEN :nowFrom AND :nowTo), 0) AS this_term_amount,
                       coalesce(-sum(m.quantity) FILTER (WHERE m.occurred_on BETWEEN :lastFrom AND :lastTo), 0) AS last_term,
                       coalesce(-sum(m.amount) FILTER (WHERE m.occurred_on BETWEEN :lastFrom AND :lastTo), 0) AS last_term_amount
                FROM warehouse.movement m
                WHERE m.school_id = :school AND m.department_id = :department AND m.item_id = ANY(:items)
                  AND m.kind IN ('ISSUE', 'REVERSAL')
                  AND m.occurred_on BETWEEN least(:lastFrom, :nowFrom) AND :nowTo
                GROUP BY m.item_id""")
                .param("school", schoolId).param("department", departmentId)
                .param("items", itemIds.toArray(Long[]::new))
                .param("nowFrom", now.startsOn()).param("nowTo", now.endsOn())
                .param("lastFrom", lastFrom).param("lastTo", lastTo)
                .query(Rows.of(Usage.class)).list().stream()
                .collect(Collectors.toMap(Usage::itemId, Function.identity()));
    }
}
