package org.houqin.repairs.request;

import java.util.Optional;

import org.houqin.platform.security.CurrentUser;
import org.houqin.repairs.RepairableAssets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The asset a request names, through the assets module's implementation of {@link RepairableAssets}. Without one (a
 * test that starts the repairs module alone) requests simply name no asset.
 */
@Component
class RepairAssetLookup {

    private final ObjectProvider<RepairableAssets> assets;

    RepairAssetLookup(ObjectProvider<RepairableAssets> assets) {
        this.assets = assets;
    }

    Optional<RepairableAssets.Asset> visible(CurrentUser me, Long assetId) {
        RepairableAssets register = assets.getIfAvailable();
        return assetId == null || register == null || me.schoolId() == null ? Optional.empty()
                : register.visible(me, assetId);
    }

    Optional<RepairableAssets.Asset> of(long schoolId, Long assetId) {
        RepairableAssets register = assets.getIfAvailable();
        return assetId == null || register == null ? Optional.empty() : register.find(schoolId, assetId);
    }
}
