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

    @Bean
    PermissionSet warehousePermissionSet() {
        return PermissionSet.of("warehouse", ITEM_READ, ITEM_WRITE, RECEIPT_WRITE);
    }
}
