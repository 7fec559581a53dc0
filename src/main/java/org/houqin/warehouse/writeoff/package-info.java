/** 报损单 (write-offs): goods broken, spoiled or lost leave the store only once approved. */
package org.houqin.warehouse.writeoff;
