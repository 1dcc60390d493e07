package org.parkhall.shell.internal;

import static org.junit.Assert.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.Test;

/** Widths in terminal columns: 汉字 and full-width forms take two, combining marks none. */
public class HallTableTest {

    @Test
    public void wideAndFullwidthCharactersTakeTwoColumns() {
        assertEquals(4, DisplayWidth.of("abcd"));
        assertEquals(4, DisplayWidth.of("窗口"));
        assertEquals("full-width letters and punctuation", 6, DisplayWidth.of("Ａ，："));
        assertEquals("Hangul and kana", 4, DisplayWidth.of("한か"));
        assertEquals("an ideograph beyond the BMP (𠀋)", 2, DisplayWidth.of("\uD840\uDC0B"));
        assertEquals("a combining accent adds nothing", 1, DisplayWidth.of("e\u0301"));
        assertEquals("Counter / 窗口", 14, DisplayWidth.of("Counter / 窗口"));
    }

    @Test
    public void aCutTextFitsItsColumnsWithAnEllipsis() {
        assertEquals("市场监…", DisplayWidth.cut("市场监督管理局", 7));
        assertEquals("市场…", DisplayWidth.cut("市场监督管理局", 6));
        assertEquals("short", DisplayWidth.cut("short", 6));
    }

    @Test
    public void columnsOfChineseLineUpOnTheScreen() {
        HallTable table = new HallTable();
        table.column("Item / 事项");
        table.column("Days / 时限").alignRight();
        table.column("Dept / 部门");
        table.addRow("设立登记", 3, "市场监督管理局");
        table.addRow("ID card", 20, "公安");
        table.addRow("一件事：开办企业", null, "amr");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        table.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of(
                "Item / 事项      │ Days / 时限 │ Dept / 部门",
                "─────────────────┼─────────────┼───────────────",
                "设立登记         │           3 │ 市场监督管理局",
                "ID card          │          20 │ 公安",
                "一件事：开办企业 │           - │ amr"), lines);
        for (String line : lines.subList(2, lines.size())) {
            assertEquals("the second column ends in the same screen column: " + line,
                    DisplayWidth.of(lines.get(0).substring(0, lines.get(0).lastIndexOf('│'))),
                    DisplayWidth.of(line.substring(0, line.lastIndexOf('│'))));
        }
    }
}
