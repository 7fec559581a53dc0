/** 报修单 (repair requests): reported by anyone, dispatched, worked, checked by the reporter. */
package org.houqin.repairs.request;
