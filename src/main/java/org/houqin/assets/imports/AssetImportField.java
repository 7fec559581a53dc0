package org.houqin.assets.imports;

import java.util.List;
import java.util.Locale;

/**
 * The fields of a card an imported register can fill, each with the headers an office's own spreadsheet tends to
 * give it. The label (a message key) is the template's header; the synonyms let a register kept by hand be mapped
 * without renaming its columns.
 */
enum AssetImportField {
    NUMBER(false, "资产编号", "编号", "资产编码", "卡片编号"),
    NAME(true, "资产名称", "名称"),
    CATEGORY(true, "分类", "资产分类", "分类代码", "分类编码", "类别"),
    MODEL(false, "规格型号", "型号", "规格"),
    BRAND(false, "品牌"),
    SERIAL_NO(false, "序列号", "出厂编号", "sn"),
    SUPPLIER(false, "供应商", "供货商", "供货单位"),
    PURCHASED_ON(true, "购置日期", "购入日期", "入账日期", "取得日期"),
    QUANTITY(false, "数量"),
    UNIT_VALUE(false, "单价", "单位价格"),
    VALUE(false, "原值", "金额", "价值", "资产原值"),
    FUNDING_SOURCE(false, "经费来源", "资金来源"),
    LIFE_YEARS(false, "使用年限（年）", "使用年限", "折旧年限"),
    ROOM(false, "存放地点", "位置", "房间", "存放位置"),
    DEPARTMENT(false, "使用部门", "部门"),
    CUSTODIAN(false, "保管人", "责任人", "使用人"),
    STATUS(false, "状态", "使用状况"),
    WARRANTY_UNTIL(false, "保修截止", "保修截止日期", "保修期至"),
    POWER_KW(false, "功率（千瓦）", "功率"),
    NOTE(false, "备注", "说明");

    private final boolean required;
    private final List<String> synonyms;

    AssetImportField(boolean required, String... synonyms) {
        this.required = required;
        this.synonyms = List.of(synonyms);
    }

    /** Required on its own; 单价 or 原值 is required as a pair, checked with the mapping. */
    boolean required() {
        return required;
    }

    String messageKey() {
        return "assetImport.field." + name();
    }

    /** The Chinese header of the template. */
    String header() {
        return synonyms.get(0);
    }

    /** Whether a spreadsheet header names this field, ignoring spaces, asterisks, case and a unit in brackets. */
    boolean matches(String header, String localLabel) {
        String wanted = normal(header);
        if (wanted.isEmpty()) {
            return false;
        }
        if (wanted.equals(normal(localLabel)) || wanted.equals(withoutUnit(normal(localLabel)))) {
            return true;
        }
        for (String synonym : synonyms) {
            String s = normal(synonym);
            if (wanted.equals(s) || withoutUnit(wanted).equals(s) || wanted.equals(withoutUnit(s))) {
                return true;
            }
        }
        return false;
    }

    static String normal(String text) {
        return text == null ? "" : text.replaceAll("[\\s*＊:：]", "").replace('(', '（').replace(')', '）')
                .toLowerCase(Locale.ROOT);
    }

    private static String withoutUnit(String text) {
        return text.replaceAll("（[^（）]*）$", "");
    }
}
