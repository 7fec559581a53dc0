package org.houqin.assets.label;

import java.util.Optional;

/** The label stocks the office buys: two common A4 sheets, a sheet of its own measure, and a thermal printer's roll. */
public enum LabelStock {

    /** 24 labels of 70 × 37 mm, edge to edge across the sheet. */
    A4_3X8(new SheetLayout(210, 297, 3, 8, 70, 37, 0.5, 0, 0, 0)),
    /** 14 labels of 99.1 × 38.1 mm (the L7163 layout). */
    A4_2X7(new SheetLayout(210, 297, 2, 7, 99.1, 38.1, 15.1, 4.65, 2.5, 0)),
    CUSTOM(null),
    /** One 50 × 30 mm label per page, as a thermal label printer feeds them. */
    THERMAL_50X30(new SheetLayout(50, 30, 1, 1, 50, 30, 0, 0, 0, 0));

    private final SheetLayout layout;

    LabelStock(SheetLayout layout) {
        this.layout = layout;
    }

    Optional<SheetLayout> layout() {
        return Optional.ofNullable(layout);
    }

    /** A roll has no partly used sheet, so nothing is skipped on it. */
    public boolean sheet() {
        return this != THERMAL_50X30;
    }

    public String messageKey() {
        return "assetLabel.stock." + name();
    }
}
