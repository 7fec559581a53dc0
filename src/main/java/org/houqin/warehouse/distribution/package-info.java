/** 学期教材发放 (semester distribution): textbooks and exercise books per class from head counts, signed for by each class. */
package org.houqin.warehouse.distribution;
