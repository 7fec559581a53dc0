/** 资产处置 (disposal): 报废, 报损, 出售, 无偿调出 of cards, closed only by approval. */
package org.houqin.assets.disposal;
