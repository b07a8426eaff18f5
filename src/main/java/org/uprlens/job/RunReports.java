package org.uprlens.job;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.uprlens.sink.OutputSchema;
import org.uprlens.sink.RunManifest;
import org.uprlens.sink.RunReport;

/**
 * Counts the tables a run wrote for its {@link RunReport}, read back from the Parquet files (the rows as written,
 * after responses were linked): each partition tallies its rows in plain Java and the tallies are merged, one
 * Spark job per table. Ten Spark SQL aggregations did the same in 2-4 s over the 50 MB benchmark corpus, mostly
 * planning and scheduling.
 */
final class RunReports {
  private RunReports() {}

  static RunReport of(SparkSession spark, String output, RunManifest run) {
    RunReport.Tally tally = new RunReport.Tally();
    tally.merge(tally(spark, output, OutputSchema.DOCUMENTS_TABLE, OutputSchema.DOCUMENTS,
        new String[] {"kind", "state_under_review", "recommendations", "status"}, RunReports::document));
    tally.merge(tally(spark, output, OutputSchema.RECOMMENDATIONS_TABLE, OutputSchema.RECOMMENDATIONS,
        new String[] {"actor_type", "actor", "recommending_states", "categories", "issues", "action_category",
            "action_probability", "support_stated", "support_predicted", "support_probability"},
        RunReports::recommendation));
    tally.merge(tally(spark, output, OutputSchema.REJECTS_TABLE, OutputSchema.REJECTS,
        new String[] {"reason", "path"}, RunReports::reject));
    return RunReport.of(run, tally.counts());
  }

  /** Adds one row of a table to a tally. */
  private interface Counter extends java.io.Serializable {
    void add(RunReport.Tally tally, Row row);
  }

  private static RunReport.Tally tally(SparkSession spark, String output, String table, StructType schema,
                                       String[] columns, Counter counter) {
    String first = columns[0];
    String[] rest = java.util.Arrays.copyOfRange(columns, 1, columns.length);
    FlatMapFunction<Iterator<Row>, RunReport.Tally> count = rows -> {
      RunReport.Tally t = new RunReport.Tally();
      rows.forEachRemaining(row -> counter.add(t, row));
      return List.of(t).iterator();
    };
    return spark.read().schema(schema).parquet(output + "/" + table).select(first, rest).javaRDD()
        .mapPartitions(count).fold(new RunReport.Tally(), RunReport.Tally::merge);
  }

  private static void document(RunReport.Tally t, Row r) {
    long recommendations = r.isNullAt(2) ? 0 : r.getInt(2);
    t.add("kind", r.getString(0), null, recommendations, recommendations == 0 ? 1 : 0,
        "unsupported_language".equals(r.getString(3)) ? 1 : 0);
    t.add("reviewed", r.isNullAt(1) ? "(not named)" : r.getString(1), null, recommendations, 0, 0);
  }

  private static void recommendation(RunReport.Tally t, Row r) {
    t.add("actor_type", r.isNullAt(0) ? "(not said)" : r.getString(0), null, 0, 0, 0);
    List<String> states = r.getList(2);
    for (String state : states) {
      t.add("state", state, null, 0, 0, 0);
    }
    if (states.isEmpty() && !r.isNullAt(1)) {
      t.add("actor", r.getString(1), r.isNullAt(0) ? null : r.getString(0), 0, 0, 0);
    }
    for (String category : r.<String>getList(3)) {
      t.add("category", category, null, 0, 0, 0);
    }
    for (String issue : r.<String>getList(4)) {
      t.add("issue", issue, null, 0, 0, 0);
    }
    // Probabilities in thousandths, so that every count is a whole number.
    t.add("action", String.valueOf(r.getInt(5)), null, Math.round(r.getDouble(6) * 1000), 0, 0);
    t.add("support", r.isNullAt(7) ? "(not stated)" : r.getString(7), r.getString(8),
        Math.round(r.getDouble(9) * 1000), 0, 0);
  }

  private static void reject(RunReport.Tally t, Row r) {
    t.add("reject", r.getString(0), null, 0, 0, 0);
    t.example("reject", r.getString(0), r.getString(1));
  }
}
