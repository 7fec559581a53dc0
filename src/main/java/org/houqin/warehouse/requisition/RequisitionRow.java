package org.houqin.warehouse.requisition;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A requisition as lists and its page show it, with its lines summed up in one text. */
public record RequisitionRow(long id, String number, long storeId, String storeName, Long departmentId,
                             long requesterUserId, String requesterName, String purpose, LocalDate neededOn,
                             RequisitionStatus status, BigDecimal estimate, Instant submittedAt, Instant approvedAt,
                             Instant finishedAt, String closeNote, int version, String summary) {
}
