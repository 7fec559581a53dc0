package org.houqin.approval;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.houqin.platform.document.DocumentType;
import org.houqin.platform.document.DocumentTypes;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.waiting.WaitingItem;
import org.houqin.platform.waiting.WaitingItems;
import org.springframework.stereotype.Component;

/**
 * 待办 from approvals: the submissions waiting at a step the reader may decide, themselves or for someone who
 * delegated to them, each waiting since its step began. Each leads to its document's page, where the approval panel
 * takes the decision.
 */
@Component
class ApprovalWaiting implements WaitingItems {

    static final WaitingItem.Kind KIND = new WaitingItem.Kind("approval", "waiting.kind.approval");

    private final Approvals approvals;
    private final ApprovalStore store;
    private final DocumentTypes types;

    ApprovalWaiting(Approvals approvals, ApprovalStore store, DocumentTypes types) {
        this.approvals = approvals;
        this.store = store;
        this.types = types;
    }

    @Override
    public List<String> permissions() {
        return List.of(ApprovalPermissions.INBOX);
    }

    @Override
    public long count(CurrentUser user) {
        return user.can(ApprovalPermissions.INBOX) ? approvals.inboxCount(user.requireSchool(), user) : 0;
    }

    @Override
    public List<WaitingItem> items(CurrentUser user, int limit) {
        if (!user.can(ApprovalPermissions.INBOX)) {
            return List.of();
        }
        List<Approvals.Waiting> inbox = approvals.inbox(user.requireSchool(), user).stream().limit(limit).toList();
        Map<Long, Instant> since = inbox.isEmpty() ? Map.of()
                : store.waitingSince(user.requireSchool(), inbox.stream().map(Approvals.Waiting::requestId).toList());
        return inbox.stream().map(w -> item(w, since.getOrDefault(w.requestId(), w.submittedAt()))).toList();
    }

    /** Waiting since its step began; a document without a page of its own is decided on the submission's page. */
    private WaitingItem item(Approvals.Waiting w, Instant since) {
        String typeKey = types.find(w.documentType()).map(DocumentType::labelKey).orElse(KIND.labelKey());
        String link = w.link() != null ? w.link() : "/approvals/" + w.requestId();
        return new WaitingItem(KIND, typeKey, w.documentNumber(), w.title(), w.submitterName(), since, link);
    }
}
