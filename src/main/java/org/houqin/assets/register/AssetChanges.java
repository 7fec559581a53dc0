package org.houqin.assets.register;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.houqin.platform.timeline.Message;

/** What an edit changed on a card, field by field, as the history says it: 型号：A → B. */
final class AssetChanges {

    private AssetChanges() {
    }

    static List<Message> between(Assets.Row before, Assets.Row after) {
        List<Message> changes = new ArrayList<>();
        add(changes, "name", before.name(), after.name());
        add(changes, "category", before.categoryName(), after.categoryName());
        add(changes, "model", before.model(), after.model());
        add(changes, "brand", before.brand(), after.brand());
        add(changes, "serialNo", before.serialNo(), after.serialNo());
        add(changes, "supplier", before.supplier(), after.supplier());
        add(changes, "purchasedOn", before.purchasedOn(), after.purchasedOn());
        add(changes, "unitValue", plain(before.unitValue()), plain(after.unitValue()));
        add(changes, "fundingSource", funding(before), funding(after));
        add(changes, "lifeMonths", before.usefulLifeMonths(), after.usefulLifeMonths());
        add(changes, "warrantyUntil", before.warrantyUntil(), after.warrantyUntil());
        add(changes, "powerKw", plain(before.powerKw()), plain(after.powerKw()));
        add(changes, "note", before.note(), after.note());
        return changes;
    }

    private static void add(List<Message> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(Message.of("asset.history.change", Message.of("asset.history.field." + field), before, after));
        }
    }

    private static Message funding(Assets.Row row) {
        return Message.of("asset.funding." + row.fundingSource().name());
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
