package org.houqin.platform.document;

import java.util.UUID;

import org.houqin.platform.api.SubmittedBody;

/**
 * What every form that makes a document carries: a submission key, issued with the empty form and posted back in a
 * hidden field ({@code <input type="hidden" th:field="*{submissionKey}">}), so that a double click, a retry or the
 * same request sent twice makes one document ({@link Submissions#once}). A request without one gets a fresh key.
 */
public abstract class DocumentForm implements SubmittedBody {

    private UUID submissionKey = Submissions.newKey();

    @Override
    public UUID getSubmissionKey() {
        return submissionKey;
    }

    @Override
    public void setSubmissionKey(UUID submissionKey) {
        this.submissionKey = submissionKey == null ? Submissions.newKey() : submissionKey;
    }
}
