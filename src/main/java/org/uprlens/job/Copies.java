package org.uprlens.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.uprlens.ingest.Reject;
import org.uprlens.ingest.RejectReason;
import org.uprlens.sink.OutputSchema;

/**
 * Input files with the same content: a report downloaded twice, a file beside its gzip copy. Their documents would
 * share a {@code doc_id} and their recommendations their {@code rec_id}s, which analysts join on, so one of them is
 * read (the first path in sort order, whatever the partitioning) and each other is a {@code duplicate} reject naming
 * it.
 */
final class Copies {
  private Copies() {}

  /** Each path whose content a path before it (in sort order) has, mapped to that first path. */
  static Map<String, String> of(Map<String, List<String>> pathsByDocId) {
    Map<String, String> copies = new TreeMap<>();
    pathsByDocId.values().forEach(paths -> {
      List<String> sorted = paths.stream().sorted().toList();
      sorted.subList(1, sorted.size()).forEach(copy -> copies.put(copy, sorted.get(0)));
    });
    return copies;
  }

  static Reject reject(String copy, String kept) {
    return new Reject(copy, RejectReason.DUPLICATE, "the same content as " + kept + ", which is read instead");
  }

  /** The copies among the outcome's documents (a pass over their doc ids and paths). */
  static Map<String, String> find(Dataset<Row> outcome) {
    Map<String, List<String>> shared = new LinkedHashMap<>();
    for (Row row : outcome.filter(col("table").equalTo(OutputSchema.DOCUMENTS_TABLE))
        .groupBy("doc_id").agg(collect_list("path").as("paths"))
        .filter(functions.size(col("paths")).gt(1)).collectAsList()) {
      shared.put(row.getString(0), row.getList(1));
    }
    return of(shared);
  }

  /** The outcome without the copies' rows, a reject for each copy in their place. */
  static Dataset<Row> without(Dataset<Row> outcome, Map<String, String> copies, String runId) {
    List<Row> rejects = new ArrayList<>();
    copies.forEach((copy, kept) -> rejects.add(OutputSchema.rejectRow(reject(copy, kept), runId)));
    Dataset<Row> paths = outcome.sparkSession().createDataset(new ArrayList<>(copies.keySet()),
        org.apache.spark.sql.Encoders.STRING()).toDF("copy");
    // A condition rather than a column name keeps the outcome's column order, which the union goes by.
    return outcome.join(functions.broadcast(paths), outcome.col("path").equalTo(paths.col("copy")), "left_anti")
        .union(outcome.sparkSession().createDataFrame(rejects, OutputSchema.OUTCOME));
  }
}
