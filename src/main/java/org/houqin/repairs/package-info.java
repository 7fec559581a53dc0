/**
 * 报修维修: repair requests from a room's QR code or the menu, dispatch by priority, the worker's tasks with materials
 * and a signature, the reporter's check and rating, preventive maintenance plans and the semester's statistics.
 */
@ApplicationModule(displayName = "Repairs",
        allowedDependencies = {"platform", "audit", "iam", "notifications", "organization", "places", "warehouse"})
package org.houqin.repairs;

import org.springframework.modulith.ApplicationModule;
