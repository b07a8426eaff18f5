package org.uprlens.job;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.uprlens.extract.AddendumResponses;
import org.uprlens.sink.OutputSchema;

/**
 * The join step after analysis: the States' responses printed in addenda ({@code A/HRC/28/10/Add.1}), read while
 * analysing each addendum (see {@link org.uprlens.extract.AddendumResponses}), set {@code support_stated} on the
 * recommendations of their report ({@code A/HRC/28/10}) when both are in the run. This class only moves rows.
 */
final class LinkResponses {
  private LinkResponses() {}

  /** The rows of one output table, in its own schema, from the cached outcome rows. */
  static Dataset<Row> table(Dataset<Row> outcome, String table) {
    return outcome.filter(col("table").equalTo(table)).select(table + ".*");
  }

  /**
   * The recommendations, with the response of their report's addendum where the run has one. {@code responseRows}
   * is the number of rows of the responses table: with none, there is nothing to join.
   */
  static Dataset<Row> recommendations(Dataset<Row> outcome, long responseRows) {
    Dataset<Row> recs = table(outcome, OutputSchema.RECOMMENDATIONS_TABLE);
    if (responseRows == 0) {
      return recs;
    }
    // The top-level keys: the documents' text stays undecoded in the cache.
    Dataset<Row> symbols = outcome.filter(col("table").equalTo(OutputSchema.DOCUMENTS_TABLE))
        .select(col("doc_id").as("_doc"), col("symbol").as("_symbol"));
    Dataset<Row> stated = table(outcome, OutputSchema.RESPONSES_TABLE).dropDuplicates("report_symbol", "paragraph")
        .select(col("report_symbol").as("_report"), col("paragraph").as("_paragraph"),
            col("support_stated").as("_support"), col("support_evidence").as("_evidence"));
    // One row per answered recommendation number, keyed by its report's doc_id: small next to the recommendations,
    // so it is broadcast and the recommendations are joined where they are, without a shuffle. Distinct: the same
    // report read from two files has one doc_id twice, and must not double its recommendations.
    Dataset<Row> answered = symbols.join(stated, col("_symbol").equalTo(col("_report")))
        .select("_doc", "_paragraph", "_support", "_evidence").dropDuplicates("_doc", "_paragraph");
    // A first-cycle addendum answers by ordinal ("#5": the fifth recommendation awaiting a response).
    UserDefinedFunction ordinalKey = udf((UDF1<String, String>) AddendumResponses::ordinalKey, DataTypes.StringType);
    Column byOrdinal = recs.col("support_stated").isNull()
        .and(ordinalKey.apply(recs.col("paragraph")).equalTo(col("_paragraph")));
    Dataset<Row> joined = recs.join(broadcast(answered), recs.col("doc_id").equalTo(col("_doc"))
        .and(recs.col("paragraph").equalTo(col("_paragraph")).or(byOrdinal)), "left");
    List<Column> columns = new ArrayList<>();
    for (String name : OutputSchema.RECOMMENDATIONS.fieldNames()) {
      if (name.equals("support_stated")) {
        columns.add(coalesce(col("_support"), col(name)).as(name));
      } else if (name.equals("support_evidence")) {
        columns.add(when(col("_support").isNotNull(), col("_evidence")).otherwise(col(name)).as(name));
      } else {
        columns.add(col(name));
      }
    }
    return joined.select(columns.toArray(Column[]::new));
  }
}
