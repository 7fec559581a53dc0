/**
 * 固定资产: the asset register on GB/T 14885 categories, each card's append-only history, signed handovers,
 * QR labels, depreciation under 政府会计, disposal, stocktake campaigns and damage compensation.
 */
@ApplicationModule(displayName = "Assets",
        allowedDependencies = {"platform", "audit", "iam", "organization", "places", "repairs", "approval"})
package org.houqin.assets;

import org.springframework.modulith.ApplicationModule;
