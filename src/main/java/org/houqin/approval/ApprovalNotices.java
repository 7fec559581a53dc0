package org.houqin.approval;

import java.util.List;
import java.util.Set;

import org.houqin.notifications.Notifications;
import org.springframework.stereotype.Component;

/** Tells the approvers a submission waits for them, and the submitter how it ended. */
@Component
class ApprovalNotices {

    private final Notifications notifications;
    private final Approvers approvers;

    ApprovalNotices(Notifications notifications, Approvers approvers) {
        this.notifications = notifications;
        this.approvers = approvers;
    }

    /** The submission now waits at this step. */
    void waiting(long schoolId, ApprovalStore.Request request, ApprovalStore.Step step) {
        Set<Long> recipients = approvers.of(schoolId, request, step);
        if (!recipients.isEmpty()) {
            notifications.notify(schoolId, recipients, "approval.notice.waiting",
                    List.of(document(request), String.valueOf(step.position()), String.valueOf(request.steps())),
                    link(request));
        }
    }

    /** The submission was approved, rejected or returned; a refusal carries its reason and who gave it. */
    void ended(long schoolId, ApprovalStore.Request request, ApprovalDecided.Outcome outcome, String deciderName,
               String comment) {
        notifications.notify(schoolId, List.of(request.submitterUserId()), "approval.notice." + outcome.name(),
                List.of(document(request), comment == null ? "" : comment, deciderName), link(request));
    }

    static String link(ApprovalStore.Request request) {
        return request.link() != null ? request.link() : "/approvals/" + request.id();
    }

    private static String document(ApprovalStore.Request request) {
        return request.documentNumber() == null ? request.title() : request.documentNumber() + " " + request.title();
    }
}
