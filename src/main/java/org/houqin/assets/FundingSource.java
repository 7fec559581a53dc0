package org.houqin.assets;

import org.houqin.platform.web.Labelled;

/** 经费来源: 财政拨款, 自筹, 捐赠, 其他. */
public enum FundingSource implements Labelled {
    FISCAL, SELF, DONATION, OTHER;

    @Override
    public String messageKey() {
        return "asset.funding." + name();
    }
}
