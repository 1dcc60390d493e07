package org.parkhall.web.internal.reports;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.Test;
import org.parkhall.api.PeriodReport;
import org.parkhall.api.ReportLine;
import org.parkhall.api.ReportPeriod;

/** The report's CSV opens in Excel as the hall wrote it: BOM, CRLF, bilingual header, no formula run. */
public class ReportsApiTest {

    @Test
    public void theCsvIsExcelsWithTextCellsInertAndMissingFiguresEmpty() throws IOException {
        ReportLine hall = new ReportLine("hall", 3, 15.0, 30.0, 5, 2, 1, 0.5, 2, 0.5, 1, 3, 2, 2, 1, 1, 1);
        ReportLine counter = new ReportLine("1", 2, 20.0, 30.0, 1, null, null, null, 2, 0.5, 1, null, null, null,
                null, null, null);
        ReportLine staff = new ReportLine("=HYPERLINK(\"x\")", 1, 5.0, 5.0, 0, 0, 0, 0.0, 0, 0.0, 0, null, null, 0,
                0, null, null);
        PeriodReport report = new PeriodReport(ReportPeriod.of("2026-11"), "", LocalDate.parse("2026-11-30"), 21,
                hall, List.of(counter), List.of(staff), List.of(), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportsApi.csv(report, out);
        byte[] bytes = out.toByteArray();
        assertArrayEquals("UTF-8 byte-order mark", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                Arrays.copyOf(bytes, 3));
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        String[] lines = text.split("\r\n", -1);
        assertEquals("header, three rows, the period line and the final CRLF", 6, lines.length);
        assertTrue(lines[0], lines[0].startsWith("分组 section,对象 of,办结取号 served,"));
        assertEquals("全厅 hall,hall,3,15.0,30.0,5,2,1,0.5,2,0.5,1,3,2,2,1,1,1", lines[1]);
        assertEquals("窗口 counter,1,2,20.0,30.0,1,,,,2,0.5,1,,,,,,", lines[2]);
        assertTrue(lines[3], lines[3].startsWith("人员 staff,\"'=HYPERLINK(\"\"x\"\")\",1,"));
        assertTrue(lines[4], lines[4].startsWith("报表期 period,2026-11,截至 as of,2026-11-30,站点 site,全旗 county"));
        assertEquals("", lines[5]);
    }
}
