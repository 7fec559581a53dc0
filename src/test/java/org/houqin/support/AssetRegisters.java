package org.houqin.support;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/** Asset registers as an office's Excel sheet, streamed to a file, for imports of a realistic size. */
public final class AssetRegisters {

    private static final List<String> HEADERS = List.of("资产名称", "分类", "规格型号", "序列号", "购置日期", "数量", "单价",
            "存放地点");

    private AssetRegisters() {
    }

    /**
     * An office's register: every row valid for the demo school (furniture named 学生课桌椅 and a number, in room
     * C-B01), with its own model and serial number.
     */
    public static Path valid(Path file, int rows) throws Exception {
        Random random = new Random(rows);
        return StreamedWorkbooks.write(file, HEADERS, rows, i -> List.of("学生课桌椅" + i, "家具",
                "KZY-" + random.nextInt(100_000), Long.toString(random.nextLong() & Long.MAX_VALUE, 36),
                "20" + (10 + random.nextInt(15)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10),
                1 + random.nextInt(40), (5_000 + random.nextInt(2_000_000)) / 100.0, "C-B01"));
    }
}
