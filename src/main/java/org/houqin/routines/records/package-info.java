/**
 * 检查记录 for other modules: {@link org.houqin.routines.records.RoutineRecords#submit} files a checklist record (a
 * round of a schedule, or an ad hoc check such as a safety inspection's), and the stored template versions it is
 * judged against.
 */
@NamedInterface("records")
package org.houqin.routines.records;

import org.springframework.modulith.NamedInterface;
