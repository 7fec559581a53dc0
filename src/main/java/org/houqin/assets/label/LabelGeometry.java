package org.houqin.assets.label;

import static org.houqin.assets.label.SheetLayout.mm;

/**
 * The inside of one label, in millimetres: the QR code on the left as large as the label allows (up to 28 mm, which
 * a phone reads from arm's length), the text beside it, both centred top to bottom. Wide labels keep 4 mm from their
 * sides, because on edge-to-edge sheets the outer columns meet the margin most printers cannot print. Small labels
 * get smaller type.
 */
record LabelGeometry(String pageWidth, String pageHeight, String width, String height, String qrSize, String qrLeft,
                     String qrTop, String textLeft, String textTop, String textWidth, String textHeight,
                     boolean compact) {

    static LabelGeometry of(SheetLayout layout) {
        double w = layout.labelWidth();
        double h = layout.labelHeight();
        double side = w >= 60 ? 4 : 1.5;
        double pad = h < 32 ? 1.5 : 2.5;
        double qr = Math.min(Math.min(h - 2 * pad, w * 0.44), 28);
        double textLeft = side + qr + 1.5;
        double textWidth = w - textLeft - side;
        return new LabelGeometry(mm(layout.pageWidth()), mm(layout.pageHeight()), mm(w), mm(h), mm(qr), mm(side),
                mm((h - qr) / 2), mm(textLeft), mm(pad), mm(textWidth), mm(h - 2 * pad), h < 33 || textWidth < 30);
    }
}
