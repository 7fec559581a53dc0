package org.houqin.assets.register;

import java.util.Optional;

import org.houqin.assets.AssetsApi;
import org.houqin.platform.security.CurrentUser;
import org.houqin.repairs.RepairableAssets;
import org.springframework.stereotype.Component;

/**
 * The register as the repairs module sees it. Repairs declares what it needs and this module provides it, so the
 * dependency runs from assets to repairs only, the same way as the repair events this module listens to.
 */
@Component
class AssetsForRepairs implements RepairableAssets {

    private final AssetsApi assets;

    AssetsForRepairs(AssetsApi assets) {
        this.assets = assets;
    }

    /** A card the reporter may see and that is still on the register; a disposed card is not repaired. */
    @Override
    public Optional<Asset> visible(CurrentUser me, long assetId) {
        return assets.visibleAsset(me, assetId).filter(AssetsApi.AssetRef::open).map(AssetsForRepairs::asset);
    }

    @Override
    public Optional<Asset> find(long schoolId, long assetId) {
        return assets.asset(schoolId, assetId).map(AssetsForRepairs::asset);
    }

    private static Asset asset(AssetsApi.AssetRef ref) {
        return new Asset(ref.id(), ref.number(), ref.name(), ref.roomId());
    }
}
