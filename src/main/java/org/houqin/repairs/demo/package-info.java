/** 示范数据 (demo data): a semester of the demo school's repairs and plans, loaded only on the embedded default. */
package org.houqin.repairs.demo;
