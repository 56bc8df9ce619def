package io.suitetok.testkit.secrets;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Every row of every table in a schema, one text line per row (each column's value as PostgreSQL
 * prints it), with the table and row number it came from.
 */
public final class SchemaRows {

    private SchemaRows() {
    }

    /** @param excluded table names left out (the token table, which stores tokens by design) */
    public static List<Map.Entry<String, String>> read(DataSource dataSource, String schema, Set<String> excluded) {
        List<Map.Entry<String, String>> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : tables(connection, schema)) {
                if (excluded.contains(table)) {
                    continue;
                }
                try (Statement statement = connection.createStatement();
                        ResultSet result = statement.executeQuery("select * from \"" + schema + "\".\"" + table + "\"")) {
                    ResultSetMetaData columns = result.getMetaData();
                    int row = 0;
                    while (result.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int column = 1; column <= columns.getColumnCount(); column++) {
                            line.append(columns.getColumnName(column)).append('=').append(text(result, columns, column))
                                    .append(' ');
                        }
                        rows.add(Map.entry(schema + "." + table + " row " + ++row, line.toString()));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read schema " + schema, e);
        }
        return rows;
    }

    /** Binary columns as UTF-8, so a secret stored in bytes is found too (PostgreSQL would print hex). */
    private static String text(ResultSet result, ResultSetMetaData columns, int column) throws SQLException {
        int type = columns.getColumnType(column);
        if (type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY) {
            byte[] bytes = result.getBytes(column);
            return bytes == null ? "null" : new String(bytes, StandardCharsets.UTF_8);
        }
        return result.getString(column);
    }

    private static List<String> tables(Connection connection, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select table_name from information_schema.tables where table_schema = ? order by table_name")) {
            query.setString(1, schema);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    tables.add(result.getString(1));
                }
            }
        }
        return tables;
    }
}
