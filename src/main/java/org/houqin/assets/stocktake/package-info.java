/** 清查盘点 (stocktake campaigns): scanning rooms and assets, differences adjusted only through approval. */
package org.houqin.assets.stocktake;
