package org.houqin.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A 资产台账 as a school kept it in Excel for years: a merged title above a header over two rows (分类 over 分类名称 and
 * 分类代码, 价值 over 单价 and 金额), a units row, purchase dates as 2019.08, 2019年8月, Excel day counts and date cells,
 * places as "教学楼A-101" and "行政楼-总务处", categories by the school's own names and by GB/T 14885 codes its tree
 * lacks, people and departments not yet known, 小计 and 合计 rows, and a few rows that are truly wrong.
 */
public final class MessyRegister {

    /** Where the data begins: the title, two header rows and the units row are above it. */
    public static final int FIRST_DATA_ROW = 5;

    /** One row of the register; {@code date} is text, a day count ("#43678") or a date cell ("@2020-05-01"). */
    public record Line(String name, String categoryName, String categoryCode, String model, String date,
                       String quantity, String unitValue, String value, String place, String department,
                       String keeper, String wrongBecause) {

        public boolean good() {
            return wrongBecause == null;
        }
    }

    private final String tag;
    private final String nurse;
    private final String clinic;
    private final List<Line> lines = new ArrayList<>();

    /**
     * The register, its asset names ending in {@code tag} so that a test finds its own cards, and its person and
     * department not yet in Houqin named with {@code newcomers} (王建国…, 校医室…).
     */
    public MessyRegister(String tag, String newcomers) {
        this.tag = tag;
        this.nurse = "王建国" + newcomers;
        this.clinic = "校医室" + newcomers;
        good("课桌椅", "课桌椅", "", "1200×600", "2019.08", "40", "350", "14000", "教学楼A-101", "总务处", "李秀兰");
        good("投影仪", "广播、电视、电影设备", "", "CB-X06", "2019年8月", "1", "4500", "", "教学楼A-102", "总务处", "李秀兰");
        good("笔记本电脑", "", "2010105", "ThinkPad E14", "#43678", "2", "5200", "10400", "行政楼-总务处", "总务处", nurse);
        good("办公桌", "家具", "", "1400×700", "@2021-03-15", "3", "980", "2940", "行政楼-总务处", clinic, nurse);
        good("文件柜", "", "6010101", "五节柜", "2020-05-01", "4", "650", "2600", "行政楼-总务处", "总务处", "李秀兰");
        good("台式电脑", "计算机设备及软件", "", "OptiPlex", "2022/9/1", "5", "4300", "21500", "教学楼A-101", clinic, nurse);
        good("音箱", "", "2320000", "", "2018.3", "2", "800", "1600", "教学楼A-102", "总务处", "李秀兰");
        good("椅子", "课桌椅", "", "", "2023年2月", "12", "120", "1440", "教学楼A-101", "总务处", "李秀兰");
        wrong("未来日期", "家具", "", "", "2091-01-01", "1", "100", "", "教学楼A-101", "总务处", "李秀兰", "在今天之后");
        wrong("千年日期", "家具", "", "", "1019-05-01", "1", "100", "", "教学楼A-101", "总务处", "李秀兰", "不合理");
        wrong("", "家具", "", "", "2020-05-01", "1", "100", "", "教学楼A-101", "总务处", "李秀兰", "此列必填");
        wrong("价格不明", "家具", "", "", "2020-05-01", "1", "约五百", "", "教学楼A-101", "总务处", "李秀兰", "不是数字");
        wrong("分类不明", "不存在的分类", "", "", "2020-05-01", "1", "100", "", "教学楼A-101", "总务处", "李秀兰",
                "找不到分类");
    }

    private void good(String name, String categoryName, String code, String model, String date, String quantity,
                      String unit, String value, String place, String department, String keeper) {
        lines.add(new Line(name + tag, categoryName, code, model, date, quantity, unit, value, place, department,
                keeper, null));
    }

    private void wrong(String name, String categoryName, String code, String model, String date, String quantity,
                       String unit, String value, String place, String department, String keeper, String because) {
        lines.add(new Line(name.isEmpty() ? "" : name + tag, categoryName, code, model, date, quantity, unit, value,
                place, department, keeper, because));
    }

    /** The person not yet in Houqin. */
    public String newPerson() {
        return nurse;
    }

    /** The department not yet in Houqin. */
    public String newDepartment() {
        return clinic;
    }

    public List<Line> lines() {
        return lines;
    }

    public List<Line> good() {
        return lines.stream().filter(Line::good).toList();
    }

    public List<Line> wrong() {
        return lines.stream().filter(l -> !l.good()).toList();
    }

    /** The Excel row number of a line, as the report names it (a 小计 row follows every fourth line). */
    public int rowOf(Line line) {
        int index = lines.indexOf(line);
        return FIRST_DATA_ROW + index + index / 4;
    }

    public byte[] workbook() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("资产台账");
            cells(sheet.createRow(0), "某某中学固定资产台账（截至2024年）");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 11));
            cells(sheet.createRow(1), "序号", "资产名称", "分类", "", "规格型号", "购置日期", "数量", "价值", "",
                    "存放地点", "使用部门", "保管人");
            cells(sheet.createRow(2), "", "", "分类名称", "分类代码", "", "", "", "单价", "金额", "", "", "");
            for (int c : new int[] {0, 1, 4, 5, 6, 9, 10, 11}) {
                sheet.addMergedRegion(new CellRangeAddress(1, 2, c, c));
            }
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 2, 3));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 7, 8));
            cells(sheet.createRow(3), "", "", "", "", "", "", "（件）", "（元）", "（元）", "", "", "");
            CellStyle dates = book.createCellStyle();
            dates.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy年m月d日"));
            int r = FIRST_DATA_ROW - 1;
            for (int i = 0; i < lines.size(); i++) {
                line(sheet.createRow(r++), i + 1, lines.get(i), dates);
                if (i % 4 == 3) {
                    cells(sheet.createRow(r++), "小计", "", "", "", "", "", "", "", "9999", "", "", "");
                }
            }
            cells(sheet.createRow(r), "合计", "", "", "", "", "", "", "", "99999", "", "", "");
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(Row row, int number, Line line, CellStyle dates) {
        cells(row, String.valueOf(number), line.name(), line.categoryName(), line.categoryCode(), line.model(), "",
                line.quantity(), line.unitValue(), line.value(), line.place(), line.department(), line.keeper());
        row.getCell(0).setCellValue(number);
        if (line.date().startsWith("#")) {
            row.getCell(5).setCellValue(Double.parseDouble(line.date().substring(1)));
        } else if (line.date().startsWith("@")) {
            row.getCell(5).setCellValue(LocalDate.parse(line.date().substring(1)));
            row.getCell(5).setCellStyle(dates);
        } else {
            row.getCell(5).setCellValue(line.date());
        }
    }

    private static void cells(Row row, String... values) {
        for (int c = 0; c < values.length; c++) {
            if (!values[c].isEmpty() || c == 5) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
    }
}
