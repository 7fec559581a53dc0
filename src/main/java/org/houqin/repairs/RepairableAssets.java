package org.houqin.repairs;

import java.util.Optional;

import org.houqin.platform.security.CurrentUser;

/**
 * The fixed assets a repair may be about, as repairs needs to see them. Repairs owns this interface and the assets
 * module implements it: the assets module already listens to repairs' events, so repairs calling the assets module
 * directly would close a cycle between the two.
 */
public interface RepairableAssets {

    /** An asset as a repair shows it: {@code ZC-2026-00001 投影仪}, in its room. */
    record Asset(long id, String number, String name, Long roomId) {
    }

    /** The asset if {@code me} may see it (their school and their data scope); empty otherwise. */
    Optional<Asset> visible(CurrentUser me, long assetId);

    /** The asset of the school whoever looks, for a repair's page. */
    Optional<Asset> find(long schoolId, long assetId);
}
