package org.houqin.assets.register;

import org.houqin.assets.AssetStatus;

/** The register's filters; a category includes the categories under it. */
public record AssetFilter(Long categoryId, String building, Long roomId, Long departmentId, Long classId,
                          Long custodianStaffId, AssetStatus status) {

    public static AssetFilter none() {
        return new AssetFilter(null, null, null, null, null, null, null);
    }

    public boolean any() {
        return categoryId != null || (building != null && !building.isBlank()) || roomId != null
                || departmentId != null || classId != null || custodianStaffId != null || status != null;
    }
}
