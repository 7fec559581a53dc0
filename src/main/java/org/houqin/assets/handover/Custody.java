package org.houqin.assets.handover;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.houqin.assets.register.AssetRow;
import org.houqin.assets.register.Assets;
import org.houqin.audit.AuditLog;
import org.houqin.platform.files.Attachments;
import org.houqin.platform.security.CurrentUser;
import org.houqin.platform.web.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 我保管的资产: what a member of staff holds, and their signed confirmation of the list (保管确认), which they sign
 * again whenever they like (at the start of a term, after a handover). Each confirmation keeps the count and value
 * signed for.
 */
@Service
public class Custody {

    public static final String SIGNATURE_OWNER = "asset-custody";

    public record Confirmation(long id, int assetCount, int itemCount, BigDecimal totalValue, Instant signedAt) {
    }

    private final CustodyStore store;
    private final Assets assets;
    private final Attachments attachments;
    private final AuditLog audit;

    Custody(CustodyStore store, Assets assets, Attachments attachments, AuditLog audit) {
        this.store = store;
        this.assets = assets;
        this.attachments = attachments;
        this.audit = audit;
    }

    /** The cards a person holds, whatever their data scope (one always sees what one holds). */
    @Transactional(readOnly = true)
    public List<AssetRow> held(long schoolId, long staffId) {
        return assets.heldBy(schoolId, staffId);
    }

    @Transactional
    public long confirm(long schoolId, CurrentUser me, String signature) {
        if (me.staffId() == null) {
            throw RuleViolation.of("custody.noStaff.sign");
        }
        List<AssetRow> held = held(schoolId, me.staffId());
        if (held.isEmpty()) {
            throw RuleViolation.of("custody.nothingHeld");
        }
        int items = held.stream().mapToInt(AssetRow::quantity).sum();
        BigDecimal value = held.stream().map(AssetRow::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        long id = store.insert(schoolId, me.staffId(), held.size(), items, value, me.userId());
        attachments.storeSignature(schoolId, SIGNATURE_OWNER, id, "signature", signature);
        audit.changedIn(schoolId, "assets", "custody_confirmation", id, "SIGN", null,
                Map.of("assets", held.size(), "items", items, "value", value));
        return id;
    }

    @Transactional(readOnly = true)
    public List<Confirmation> confirmations(long schoolId, long staffId) {
        return store.confirmations(schoolId, staffId, 10);
    }

    @Transactional(readOnly = true)
    public Optional<Attachments.Attachment> signature(long schoolId, long confirmationId) {
        return attachments.of(schoolId, SIGNATURE_OWNER, confirmationId).stream().findFirst();
    }
}
