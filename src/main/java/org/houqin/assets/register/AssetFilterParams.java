package org.houqin.assets.register;

import org.houqin.assets.AssetStatus;

/**
 * The register's filters as its query string carries them ({@code ?category=…&building=…&schoolClass=…}), bound by
 * constructor; the register, its export and the label sheets read the same parameters.
 */
public record AssetFilterParams(Long category, String building, Long room, Long department, Long schoolClass,
                                Long custodian, AssetStatus status) {

    public AssetFilter toFilter() {
        return new AssetFilter(category, building, room, department, schoolClass, custodian, status);
    }

    public boolean any() {
        return toFilter().any();
    }
}
