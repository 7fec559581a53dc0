package org.houqin.assets;

import java.util.Optional;

import org.houqin.assets.register.AssetRow;
import org.houqin.assets.register.Assets;
import org.houqin.platform.qr.QrTarget;
import org.houqin.platform.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The assets module's public face for other modules: a fixed asset by id, as a user or the system may see it. */
@Service
public class AssetsApi {

    /** Asset labels: {@code /a/<token>}, opened after signing in. */
    public static final QrTarget ASSET_LABEL = new QrTarget("a", "asset.documentType", false);


    /** An asset as another module names it: {@code ZC-2026-00001 投影仪}, where it stands and in which room. */
    public record AssetRef(long id, String number, String name, Long roomId, AssetStatus status) {

        /** Not disposed: still on the register, so it can be repaired, handed over or counted. */
        public boolean open() {
            return status != AssetStatus.DISPOSED;
        }
    }

    private final Assets assets;

    AssetsApi(Assets assets) {
        this.assets = assets;
    }

    /** The asset if {@code me} may see it: their school, the register's read permission and their data scope. */
    @Transactional(readOnly = true)
    public Optional<AssetRef> visibleAsset(CurrentUser me, long assetId) {
        if (me.schoolId() == null || !me.can(AssetsPermissions.ASSET_READ)) {
            return Optional.empty();
        }
        return assets.find(me.schoolId(), me, assetId).map(AssetsApi::ref);
    }

    /** The asset of the school whoever looks, for work the system does or a page that only names it. */
    @Transactional(readOnly = true)
    public Optional<AssetRef> asset(long schoolId, long assetId) {
        return assets.findAny(schoolId, assetId).map(AssetsApi::ref);
    }

    private static AssetRef ref(AssetRow row) {
        return new AssetRef(row.id(), row.number(), row.name(), row.roomId(), row.status());
    }
}
