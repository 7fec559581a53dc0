package org.houqin.assets.imports;

import static org.houqin.platform.imports.ImportField.optional;
import static org.houqin.platform.imports.ImportField.required;

import java.util.List;

import org.houqin.platform.imports.ImportField;

/**
 * The fields of a card an imported register can fill, each with the headers an office's own spreadsheet tends to
 * give it. The first synonym is the Chinese header of the template; 单价 or 原值 is required as a pair.
 */
final class AssetImportFields {

    static final String NUMBER = "NUMBER";
    static final String NAME = "NAME";
    static final String CATEGORY = "CATEGORY";
    static final String MODEL = "MODEL";
    static final String BRAND = "BRAND";
    static final String SERIAL_NO = "SERIAL_NO";
    static final String SUPPLIER = "SUPPLIER";
    static final String PURCHASED_ON = "PURCHASED_ON";
    static final String QUANTITY = "QUANTITY";
    static final String UNIT_VALUE = "UNIT_VALUE";
    static final String VALUE = "VALUE";
    static final String FUNDING_SOURCE = "FUNDING_SOURCE";
    static final String LIFE_YEARS = "LIFE_YEARS";
    static final String ROOM = "ROOM";
    static final String DEPARTMENT = "DEPARTMENT";
    static final String CUSTODIAN = "CUSTODIAN";
    static final String STATUS = "STATUS";
    static final String WARRANTY_UNTIL = "WARRANTY_UNTIL";
    static final String POWER_KW = "POWER_KW";
    static final String NOTE = "NOTE";

    static final List<ImportField> ALL = List.of(
            hinted(optional(NUMBER, label(NUMBER), "资产编号", "编号", "资产编码", "卡片编号")),
            required(NAME, label(NAME), "资产名称", "名称"),
            hinted(required(CATEGORY, label(CATEGORY), "分类", "资产分类", "分类名称", "分类代码", "分类编码", "类别",
                    "资产类别")).orSecondColumn(),
            optional(MODEL, label(MODEL), "规格型号", "型号", "规格"),
            optional(BRAND, label(BRAND), "品牌"),
            optional(SERIAL_NO, label(SERIAL_NO), "序列号", "出厂编号", "sn"),
            optional(SUPPLIER, label(SUPPLIER), "供应商", "供货商", "供货单位"),
            hinted(required(PURCHASED_ON, label(PURCHASED_ON), "购置日期", "购入日期", "入账日期", "取得日期")),
            hinted(optional(QUANTITY, label(QUANTITY), "数量")),
            hinted(optional(UNIT_VALUE, label(UNIT_VALUE), "单价", "单位价格")),
            hinted(optional(VALUE, label(VALUE), "原值", "金额", "价值", "资产原值")),
            hinted(optional(FUNDING_SOURCE, label(FUNDING_SOURCE), "经费来源", "资金来源")),
            hinted(optional(LIFE_YEARS, label(LIFE_YEARS), "使用年限（年）", "使用年限", "折旧年限")),
            hinted(optional(ROOM, label(ROOM), "存放地点", "位置", "房间", "存放位置", "使用地点")).orSecondColumn(),
            hinted(optional(DEPARTMENT, label(DEPARTMENT), "使用部门", "部门")),
            hinted(optional(CUSTODIAN, label(CUSTODIAN), "保管人", "责任人", "使用人", "领用人")),
            hinted(optional(STATUS, label(STATUS), "状态", "使用状况")),
            optional(WARRANTY_UNTIL, label(WARRANTY_UNTIL), "保修截止", "保修截止日期", "保修期至"),
            optional(POWER_KW, label(POWER_KW), "功率（千瓦）", "功率"),
            optional(NOTE, label(NOTE), "备注", "说明"));

    private AssetImportFields() {
    }

    private static String label(String key) {
        return "assetImport.field." + key;
    }

    private static ImportField hinted(ImportField field) {
        return field.hint("assetImport.hint." + field.key());
    }
}
