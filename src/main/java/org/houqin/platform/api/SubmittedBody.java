package org.houqin.platform.api;

import java.util.UUID;

/**
 * The body of a create that runs once per submission key ({@link org.houqin.platform.document.Submissions}): a client
 * sends the key in the body ({@code submissionKey}) or as an {@code Idempotency-Key} header ({@link IdempotencyKey}),
 * and the header wins.
 */
public interface SubmittedBody {

    UUID getSubmissionKey();

    void setSubmissionKey(UUID submissionKey);
}
