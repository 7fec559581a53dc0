package org.houqin.safety.hazard;

import java.util.List;

import org.houqin.platform.web.Labelled;

/**
 * 隐患类别: the fixed list schools report by (消防, 用电, 校舍 …). Each names the words that pick the repair category
 * when the hazard needs a repair.
 */
public enum HazardCategory implements Labelled {
    FIRE(List.of("消防")), ELECTRICITY(List.of("电路", "照明", "电")), BUILDING(List.of("墙面", "屋顶", "门窗")),
    EQUIPMENT(List.of("设备", "课桌椅")), FOOD(List.of("食堂")), TRAFFIC(List.of("交通")),
    SURROUNDINGS(List.of("周边")), OTHER(List.of("其他"));

    private final List<String> repairWords;

    HazardCategory(List<String> repairWords) {
        this.repairWords = repairWords;
    }

    public List<String> repairWords() {
        return repairWords;
    }

    @Override
    public String messageKey() {
        return "hazard.category." + name();
    }
}
