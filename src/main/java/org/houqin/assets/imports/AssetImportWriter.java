package org.houqin.assets.imports;

import java.util.List;

import org.houqin.assets.register.AssetHistory;
import org.houqin.assets.register.Assets;
import org.houqin.platform.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes the cards of an import and their 建账 events, inside the import's transaction. */
@Component
class AssetImportWriter {

    private final AssetImportStore store;
    private final AssetHistory history;

    AssetImportWriter(AssetImportStore store, AssetHistory history) {
        this.store = store;
        this.history = history;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void write(long schoolId, CurrentUser me, List<AssetImportLine> lines) {
        AssetHistory.Actor actor = AssetHistory.Actor.of(me);
        history.recordAll(schoolId, store.insert(schoolId, lines).stream().map(card -> AssetHistory.entry(card.id(),
                AssetHistory.Note.of(AssetHistory.Kind.REGISTER, null, "asset.history.imported", card.quantity(),
                        Assets.money(card.value())), actor, null)).toList());
    }
}
