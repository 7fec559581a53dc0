/** 调拨单 (transfers): stock moves from one store to another at its value, all lines or none. */
package org.houqin.warehouse.transfer;
