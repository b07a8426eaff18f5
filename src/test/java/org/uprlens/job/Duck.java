package org.uprlens.job;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the job's Parquet output with DuckDB: an independent reader, not Spark. */
final class Duck implements AutoCloseable {
  private final Connection connection;

  Duck() throws SQLException {
    connection = DriverManager.getConnection("jdbc:duckdb:");
  }

  static String table(java.nio.file.Path output, String table) {
    return "read_parquet('" + output.resolve(table) + "/*.parquet')";
  }

  List<Map<String, Object>> rows(String sql) throws SQLException {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (ResultSet rs = connection.createStatement().executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      while (rs.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          row.put(md.getColumnName(i), rs.getObject(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  long count(String sql) throws SQLException {
    return ((Number) rows(sql).get(0).values().iterator().next()).longValue();
  }

  /** Column names of a Parquet table, in file order. */
  List<String> columns(java.nio.file.Path output, String table) throws SQLException {
    return rows("DESCRIBE SELECT * FROM " + table(output, table)).stream()
        .map(r -> (String) r.get("column_name")).toList();
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
