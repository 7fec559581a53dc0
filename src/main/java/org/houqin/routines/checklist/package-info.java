/**
 * 检查表 (checklists): versioned templates of check items (pass/fail, a number with limits and unit, a choice, text,
 * a photo, a signature, "a hazard if failed"), the places they apply to, the library of default Chinese templates a
 * school copies, and the judging of a filled record's answers.
 */
@NamedInterface("checklist")
package org.houqin.routines.checklist;

import org.springframework.modulith.NamedInterface;
