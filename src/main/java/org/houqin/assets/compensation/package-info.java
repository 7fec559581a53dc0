/** 公物损坏赔偿 (damage compensation): cases from man-made damage and stocktake losses, assessed, paid or waived. */
package org.houqin.assets.compensation;
