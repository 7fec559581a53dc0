package org.houqin.assets;

/** 经费来源: 财政拨款, 自筹, 捐赠, 其他. */
public enum FundingSource {
    FISCAL, SELF, DONATION, OTHER
}
