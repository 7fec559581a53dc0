package org.houqin.assets.register;

/** Where a card is and who holds it. */
public record Whereabouts(Long roomId, Long departmentId, Long classId, Long custodianStaffId) {
}
