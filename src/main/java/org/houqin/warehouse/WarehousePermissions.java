package org.houqin.warehouse;

import org.houqin.platform.security.PermissionSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions of the warehouse module. */
@Configuration(proxyBeanMethods = false)
public class WarehousePermissions {

    public static final String ITEM_READ = "warehouse:item:read";
    /** 仓管员 and 后勤主任: the catalogue, stores and categories. */
    public static final String ITEM_WRITE = "warehouse:item:write";
    /** 仓管员 and 后勤主任: 入库单. */
    public static final String RECEIPT_WRITE = "warehouse:receipt:write";
    /** Everyone on the staff: ask for supplies (领用申请) and see one's own requisitions. */
    public static final String REQUISITION_REQUEST = "warehouse:requisition:request";
    /** See the requisitions one's data scope covers (部门负责人, 校长, 后勤主任, 仓管员, 财务). */
    public static final String REQUISITION_READ = "warehouse:requisition:read";
    /** 仓管员 and 后勤主任: issue approved requisitions and close them. */
    public static final String REQUISITION_ISSUE = "warehouse:requisition:issue";
    /** 仓管员 and 后勤主任: start counts, enter and submit them. */
    public static final String STOCKTAKE_WRITE = "warehouse:stocktake:write";
    /** 仓管员 and 后勤主任: 调拨单 between stores. */
    public static final String TRANSFER_WRITE = "warehouse:transfer:write";
    /** 仓管员 and 后勤主任: 报损单, written off once approved. */
    public static final String WRITE_OFF_WRITE = "warehouse:writeoff:write";
    /** 仓管员 and 后勤主任: plan the semester's distribution, hand classes their books, take surplus back. */
    public static final String DISTRIBUTION_WRITE = "warehouse:distribution:write";

    @Bean
    PermissionSet warehousePermissionSet() {
        return PermissionSet.of("warehouse", ITEM_READ, ITEM_WRITE, RECEIPT_WRITE, REQUISITION_REQUEST,
                REQUISITION_READ, REQUISITION_ISSUE, STOCKTAKE_WRITE, TRANSFER_WRITE,
                WRITE_OFF_WRITE, DISTRIBUTION_WRITE);
    }
}
