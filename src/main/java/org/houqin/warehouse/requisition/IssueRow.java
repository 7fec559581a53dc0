package org.houqin.warehouse.requisition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One hand-over of a requisition at the store, with the receiver's signature. */
record IssueRow(long id, LocalDate issuedOn, String issuedByName, String receiverName, UUID signatureId,
                Instant createdAt) {
}
