package org.houqin.assets.label;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where labels sit on a page, in millimetres from its top-left corner: a grid of {@code columns × rows} labels of one
 * size, after a top and left margin, with gaps between them. A thermal roll is a page the size of one label.
 */
record SheetLayout(double pageWidth, double pageHeight, int columns, int rows, double labelWidth, double labelHeight,
                   double marginTop, double marginLeft, double gapX, double gapY) {

    static final double A4_WIDTH = 210;
    static final double A4_HEIGHT = 297;
    /** Printers and sheet makers round to a tenth of a millimetre; a grid that overshoots by less still fits. */
    private static final double TOLERANCE = 0.05;

    /** A label at its place on a page. */
    record Placed<T>(String left, String top, T label) {
    }

    int perPage() {
        return columns * rows;
    }

    double usedWidth() {
        return marginLeft + columns * labelWidth + (columns - 1) * gapX;
    }

    double usedHeight() {
        return marginTop + rows * labelHeight + (rows - 1) * gapY;
    }

    boolean fitsAcross() {
        return usedWidth() <= pageWidth + TOLERANCE;
    }

    boolean fitsDown() {
        return usedHeight() <= pageHeight + TOLERANCE;
    }

    /**
     * The pages the labels fill, the first {@code skip} positions of the first page left empty (a sheet already
     * partly used). Labels go across, then down.
     */
    <T> List<List<Placed<T>>> place(List<T> labels, int skip) {
        List<List<Placed<T>>> pages = new ArrayList<>();
        int position = skip;
        for (T label : labels) {
            int page = position / perPage();
            int onPage = position % perPage();
            while (pages.size() <= page) {
                pages.add(new ArrayList<>());
            }
            int column = onPage % columns;
            int row = onPage / columns;
            pages.get(page).add(new Placed<>(mm(marginLeft + column * (labelWidth + gapX)),
                    mm(marginTop + row * (labelHeight + gapY)), label));
            position++;
        }
        return pages;
    }

    static String mm(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
