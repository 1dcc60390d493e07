package org.parkhall.shell.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table for the shell whose columns line up with Chinese in them: widths are counted in terminal columns
 * ({@link DisplayWidth}), where Karaf's {@code ShellTable} counts characters and a column of 汉字 runs over.
 */
final class HallTable {
    private static final String SEPARATOR = " │ ";

    private final List<Column> columns = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();

    /** A column of the table, aligned left unless told otherwise. */
    static final class Column {
        private final String header;
        private boolean right;
        private int maxWidth = Integer.MAX_VALUE;

        private Column(String header) {
            this.header = header;
        }

        Column alignRight() {
            right = true;
            return this;
        }

        /** Cuts longer values to {@code columns} terminal columns. */
        Column maxSize(int width) {
            maxWidth = width;
            return this;
        }
    }

    Column column(String header) {
        Column column = new Column(header);
        columns.add(column);
        return column;
    }

    /** A row, one value per column; null is shown as "-". */
    void addRow(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        String[] row = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            String text = Objects.toString(values[i], "-").replace('\n', ' ').replace('\r', ' ');
            row[i] = DisplayWidth.cut(text, columns.get(i).maxWidth);
        }
        rows.add(row);
    }

    void print(PrintStream out) {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = DisplayWidth.of(columns.get(i).header);
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(row[i]));
            }
        }
        String[] headers = columns.stream().map(column -> column.header).toArray(String[]::new);
        out.println(line(headers, widths));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i == 0 ? "" : "─┼─").append("─".repeat(widths[i]));
        }
        out.println(rule);
        for (String[] row : rows) {
            out.println(line(row, widths));
        }
    }

    private String line(String[] values, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            String padding = " ".repeat(widths[i] - DisplayWidth.of(values[i]));
            line.append(i == 0 ? "" : SEPARATOR);
            line.append(columns.get(i).right ? padding + values[i] : values[i] + (i == values.length - 1 ? ""
                    : padding));
        }
        return line.toString();
    }
}
