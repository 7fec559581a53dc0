/** The demo school's warehouse: its stores and supplies, a year of requisitions, stocktakes, write-offs and the term's textbooks. */
package org.houqin.warehouse.demo;
