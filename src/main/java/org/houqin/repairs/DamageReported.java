package org.houqin.repairs;

import java.math.BigDecimal;

/**
 * A repair was found to be man-made damage (人为损坏), with the class or person responsible; the assets module turns
 * it into a compensation case.
 */
public record DamageReported(long schoolId, long repairId, String number, Long classId, Long staffId, String note,
                             BigDecimal cost) {
}
