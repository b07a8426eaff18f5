package org.uprlens.job;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.uprlens.extract.AddendumResponses;
import org.uprlens.sink.OutputSchema;

/**
 * The join step after analysis: the States' responses printed in addenda ({@code A/HRC/28/10/Add.1}) become the
 * {@code responses} table, and set {@code support_stated} on the recommendations of their report
 * ({@code A/HRC/28/10}) when both are in the run. The parsing and linking rules are {@link AddendumResponses}
 * (Spark-free and tested there); this class only moves rows.
 */
final class LinkResponses {
  private LinkResponses() {}

  static final String RESPONSES_TABLE = "responses";

  static final StructType RESPONSES = new StructType()
      .add("report_symbol", DataTypes.StringType, false)
      .add("paragraph", DataTypes.StringType, false)
      .add("support_stated", DataTypes.StringType, false)
      .add("support_evidence", DataTypes.StringType, true)
      .add("addendum_doc_id", DataTypes.StringType, false)
      .add("run_id", DataTypes.StringType, false);

  /** One row per recommendation number an addendum of the run responds to. */
  static Dataset<Row> responses(Dataset<Row> outcome, String runId) {
    Dataset<Row> documents = outcome.filter(col("table").equalTo(OutputSchema.DOCUMENTS_TABLE))
        .select(col("documents.doc_id"), col("documents.symbol"), col("documents.text"))
        .filter(col("symbol").rlike("(?i)/Add\\.\\s*\\d+$"));
    FlatMapFunction<Row, Row> parse = row -> {
      String report = AddendumResponses.reportSymbol(row.getString(1));
      List<Row> out = new ArrayList<>();
      if (report != null) {
        for (AddendumResponses.Response r : AddendumResponses.parse(row.getString(2)).values()) {
          out.add(RowFactory.create(report, r.paragraph(), r.support(), r.evidence(), row.getString(0), runId));
        }
      }
      return out.iterator();
    };
    return documents.flatMap(parse, Encoders.row(RESPONSES));
  }

  /** The recommendations, with the response of their report's addendum where the run has one. */
  static Dataset<Row> recommendations(Dataset<Row> outcome, Dataset<Row> responses) {
    Dataset<Row> recs = outcome.filter(col("table").equalTo(OutputSchema.RECOMMENDATIONS_TABLE))
        .select("recommendations.*");
    Dataset<Row> symbols = outcome.filter(col("table").equalTo(OutputSchema.DOCUMENTS_TABLE))
        .select(col("documents.doc_id").as("_doc"), col("documents.symbol").as("_symbol"));
    Dataset<Row> stated = responses.dropDuplicates("report_symbol", "paragraph")
        .select(col("report_symbol").as("_report"), col("paragraph").as("_paragraph"),
            col("support_stated").as("_support"), col("support_evidence").as("_evidence"));
    Dataset<Row> joined = recs.join(symbols, recs.col("doc_id").equalTo(col("_doc")), "left")
        .join(stated, col("_symbol").equalTo(col("_report")).and(col("paragraph").equalTo(col("_paragraph"))),
            "left");
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
