package org.uprlens.job;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.uprlens.sink.OutputSchema;
import org.uprlens.sink.RunManifest;
import org.uprlens.sink.RunReport;

/**
 * Counts the tables a run wrote for its {@link RunReport}, read back from the Parquet files (the rows as written,
 * after responses were linked). Each table is counted by one query, a union of its counts, and the three queries
 * run at once: counted one by one, the ten counts took 3 s over the 50 MB benchmark corpus, mostly Spark's
 * planning and scheduling rather than work.
 */
final class RunReports {
  private RunReports() {}

  static RunReport of(SparkSession spark, String output, RunManifest run) {
    view(spark, output, OutputSchema.DOCUMENTS_TABLE, OutputSchema.DOCUMENTS);
    view(spark, output, OutputSchema.RECOMMENDATIONS_TABLE, OutputSchema.RECOMMENDATIONS);
    view(spark, output, OutputSchema.REJECTS_TABLE, OutputSchema.REJECTS);
    // Every branch gives (count, key, second key, rows, three sums); RunReport.Count names them.
    List<Callable<List<RunReport.Count>>> queries = List.of(
        () -> counts(spark,
            "SELECT 'kind', kind, NULL, count(*), sum(recommendations), sum(IF(recommendations = 0, 1, 0)),"
                + " sum(IF(status = 'unsupported_language', 1, 0)) FROM documents GROUP BY kind",
            "SELECT 'reviewed', coalesce(state_under_review, '(not named)'), NULL, count(*), sum(recommendations),"
                + " 0, 0 FROM documents GROUP BY 2"),
        () -> counts(spark,
            "SELECT 'actor_type', coalesce(actor_type, '(not said)'), NULL, count(*), 0, 0, 0 FROM recommendations"
                + " GROUP BY 2",
            "SELECT 'state', s, NULL, count(*), 0, 0, 0 FROM recommendations"
                + " LATERAL VIEW explode(recommending_states) t AS s GROUP BY s",
            "SELECT 'actor', actor, actor_type, count(*), 0, 0, 0 FROM recommendations"
                + " WHERE size(recommending_states) = 0 AND actor IS NOT NULL GROUP BY 2, 3",
            "SELECT 'category', c, NULL, count(*), 0, 0, 0 FROM recommendations"
                + " LATERAL VIEW explode(categories) t AS c GROUP BY c",
            "SELECT 'issue', i, NULL, count(*), 0, 0, 0 FROM recommendations"
                + " LATERAL VIEW explode(issues) t AS i GROUP BY i",
            // Probabilities summed in thousandths, so every count is a whole number.
            "SELECT 'action', CAST(action_category AS STRING), NULL, count(*),"
                + " CAST(round(sum(action_probability) * 1000) AS BIGINT), 0, 0 FROM recommendations GROUP BY 2",
            "SELECT 'support', coalesce(support_stated, '(not stated)'), support_predicted, count(*),"
                + " CAST(round(sum(support_probability) * 1000) AS BIGINT), 0, 0 FROM recommendations GROUP BY 2, 3"),
        () -> counts(spark, "SELECT 'reject', reason, min(path), count(*), 0, 0, 0 FROM rejects GROUP BY reason"));
    return RunReport.of(run, concurrently(queries));
  }

  private static void view(SparkSession spark, String output, String table, StructType schema) {
    spark.read().schema(schema).parquet(output + "/" + table).createOrReplaceTempView(table);
  }

  private static List<RunReport.Count> counts(SparkSession spark, String... branches) {
    List<RunReport.Count> counts = new ArrayList<>();
    for (Row r : spark.sql(String.join(" UNION ALL ", branches)).collectAsList()) {
      counts.add(new RunReport.Count(r.getString(0), r.isNullAt(1) ? null : r.getString(1),
          r.isNullAt(2) ? null : r.getString(2), number(r, 3), number(r, 4), number(r, 5), number(r, 6)));
    }
    return counts;
  }

  private static long number(Row r, int i) {
    return r.isNullAt(i) ? 0 : ((Number) r.get(i)).longValue();
  }

  private static List<RunReport.Count> concurrently(List<Callable<List<RunReport.Count>>> queries) {
    ExecutorService pool = Executors.newFixedThreadPool(queries.size());
    try {
      List<RunReport.Count> counts = new ArrayList<>();
      for (Future<List<RunReport.Count>> query : pool.invokeAll(queries)) {
        counts.addAll(query.get());
      }
      return counts;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while counting the report", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
