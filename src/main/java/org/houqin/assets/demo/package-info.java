/** 示范学校的资产 (demo assets): the register, handovers, a stocktake, disposals and compensation cases. */
package org.houqin.assets.demo;
