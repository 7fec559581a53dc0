package org.houqin.platform.backup;

/**
 * A backup asked for on the admin page ({@code RUN}) or an archive downloaded ({@code DOWNLOAD}): both hand out every
 * school's data, so the audit log records who and when, in the transaction of the request.
 *
 * @param runId    the run downloaded, {@code null} for a run asked for
 * @param fileName the archive downloaded
 */
public record BackupAudited(String action, Long runId, String fileName) {
}
