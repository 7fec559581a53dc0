/**
 * 安全管理: safety inspections (安全检查), hazards closed to the end (隐患: 整改, 复查, 销号), 危房 and other 重大 hazards
 * that stop a room and are reported to the education bureau, responsibility letters (安全责任书), rules and emergency
 * plans (规章制度与应急预案), drills (演练), hygiene and greening, and the semester's safety archive (安全档案).
 */
@ApplicationModule(displayName = "Safety",
        allowedDependencies = {"platform", "audit", "iam", "notifications", "organization", "places", "repairs",
                "routines", "routines::schedule", "routines::checklist"})
package org.houqin.safety;

import org.springframework.modulith.ApplicationModule;
