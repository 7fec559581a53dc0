/** 资产设置 (asset settings): when depreciation starts and the share charged for damage, on the settings kit. */
package org.houqin.assets.settings;
