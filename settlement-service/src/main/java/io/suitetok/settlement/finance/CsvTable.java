package io.suitetok.settlement.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The CSV form of a list finance reads as JSON: the same rows, the same column names, amounts as plain
 * decimals (never scientific notation), RFC 4180 quoting, so a spreadsheet and the JSON agree to the cent.
 */
final class CsvTable {

    private CsvTable() {
    }

    static String of(List<String> columns, List<Map<String, Object>> rows) {
        StringBuilder csv = new StringBuilder(String.join(",", columns)).append("\r\n");
        for (Map<String, Object> row : rows) {
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    csv.append(',');
                }
                csv.append(cell(row.get(columns.get(i))));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal amount ? amount.toPlainString() : String.valueOf(value);
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
