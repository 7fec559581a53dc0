/** 定期维护 (maintenance plans): recurring checks that raise their own work orders on their day. */
package org.houqin.repairs.plan;
