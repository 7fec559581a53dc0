/**
 * 隐患 (hazards) closed to the end: reported by anyone or raised by a failed checklist item, assigned for
 * rectification with a deadline by level, rectified, re-inspected by someone else and closed (销号); 重大 hazards stop
 * their room and are reported to the education bureau; a hazard that needs a repair opens one and hears back.
 */
package org.houqin.safety.hazard;
