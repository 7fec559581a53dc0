package org.houqin.assets.label;

import static org.houqin.assets.label.SheetLayout.mm;

/**
 * The inside of one label, in millimetres: the QR code on the left as large as the label allows (up to 30 mm, which
 * a phone reads from arm's length), the text beside it. Small labels get smaller type.
 */
record LabelGeometry(String pageWidth, String pageHeight, String width, String height, String qrSize, String qrLeft,
                     String qrTop, String textLeft, String textTop, String textWidth, String textHeight,
                     boolean compact) {

    static LabelGeometry of(SheetLayout layout) {
        double w = layout.labelWidth();
        double h = layout.labelHeight();
        double pad = h < 32 ? 1.5 : 2.5;
        double qr = Math.min(Math.min(h - 2 * pad, w * 0.44), 30);
        double textLeft = pad + qr + 1.5;
        double textWidth = w - textLeft - pad;
        return new LabelGeometry(mm(layout.pageWidth()), mm(layout.pageHeight()), mm(w), mm(h), mm(qr), mm(pad),
                mm((h - qr) / 2), mm(textLeft), mm(pad), mm(textWidth), mm(h - 2 * pad), h < 33 || textWidth < 30);
    }
}
