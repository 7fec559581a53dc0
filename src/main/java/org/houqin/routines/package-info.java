/**
 * 检查表与日程 (routines): the one primitive behind canteen, duty, hygiene and safety records: a template of items,
 * filled in on a schedule by someone responsible, with completion tracked. Its schedules run on the school's own
 * calendar: semesters, teaching weeks, holidays and make-up days.
 */
@ApplicationModule(displayName = "Routines",
        allowedDependencies = {"platform", "audit", "iam", "organization", "places", "notifications"})
package org.houqin.routines;

import org.springframework.modulith.ApplicationModule;
