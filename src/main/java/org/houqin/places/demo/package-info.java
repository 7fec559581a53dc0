/** 示范学校的楼栋与房间 (demo buildings and rooms), loaded only on the embedded default (ADR 0005). */
package org.houqin.places.demo;
