package org.uprlens.sink;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.apache.spark.sql.types.DataTypes.createStructField;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.uprlens.DocumentResult;
import org.uprlens.classify.Prediction;
import org.uprlens.extract.AddendumResponses;
import org.uprlens.extract.Recommendation;
import org.uprlens.ingest.Document;
import org.uprlens.ingest.Reject;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The output tables' schemas, and the conversion of one {@link DocumentResult} into rows. Rows of all four tables
 * travel together in one {@link #OUTCOME} row type ({@code table} says which), so documents are analysed once and
 * the job then writes each table from the same cached result.
 */
public final class OutputSchema {
  private OutputSchema() {}

  public static final String DOCUMENTS_TABLE = "documents";
  public static final String RECOMMENDATIONS_TABLE = "recommendations";
  public static final String REJECTS_TABLE = "rejects";
  public static final String RESPONSES_TABLE = "responses";

  public static final StructType DOCUMENTS = struct(
      field("doc_id", StringType, false),
      field("path", StringType, false),
      field("bytes", LongType, false),
      field("charset", StringType, true),
      field("chars", IntegerType, false),
      field("sentences", IntegerType, false),
      field("recommendations", IntegerType, false),
      field("status", StringType, false),
      field("run_id", StringType, false),
      field("text", StringType, false),
      field("kind", StringType, false),
      field("kind_evidence", StringType, true),
      field("symbol", StringType, true),
      field("state_under_review", StringType, true),
      field("session", IntegerType, true),
      field("cycle", IntegerType, true),
      field("year", IntegerType, true),
      field("language", StringType, true),
      field("publisher", StringType, true),
      field("warnings", createArrayType(StringType, false), false),
      field("pages", IntegerType, true),
      field("page_starts", createArrayType(IntegerType, false), true),
      field("format", StringType, true));

  public static final StructType RECOMMENDATIONS = struct(
      field("rec_id", StringType, false),
      field("doc_id", StringType, false),
      field("path", StringType, false),
      field("sentence_index", IntegerType, false),
      field("char_start", IntegerType, false),
      field("char_end", IntegerType, false),
      field("text", StringType, false),
      field("paragraph", StringType, true),
      field("section", StringType, true),
      field("actor", StringType, true),
      field("actor_type", StringType, true),
      field("recommending_states", createArrayType(StringType, false), false),
      field("target", StringType, true),
      field("verb", StringType, true),
      field("action", StringType, true),
      field("request", StringType, true),
      field("support_stated", StringType, true),
      field("support_evidence", StringType, true),
      field("issues", createArrayType(StringType, false), false),
      field("issue_scores", createMapType(StringType, DoubleType, false), false),
      field("categories", createArrayType(StringType, false), false),
      field("action_category", IntegerType, false),
      field("action_probability", DoubleType, false),
      field("support_predicted", StringType, false),
      field("support_probability", DoubleType, false),
      field("model_id", StringType, false),
      field("model_sha256", StringType, false),
      field("run_id", StringType, false));

  public static final StructType REJECTS = struct(
      field("path", StringType, false),
      field("reason", StringType, false),
      field("detail", StringType, false),
      field("run_id", StringType, false));

  /** The States' responses to a Working Group report printed in an addendum or a matrix, one row per number. */
  public static final StructType RESPONSES = struct(
      field("report_symbol", StringType, false),
      field("paragraph", StringType, false),
      field("support_stated", StringType, false),
      field("support_evidence", StringType, true),
      field("addendum_doc_id", StringType, false),
      field("run_id", StringType, false));

  /**
   * One row of any table. The small keys the job counts, checks and joins on ({@code path}, {@code reason},
   * {@code doc_id}, {@code symbol}) are repeated at the top level: the job's checks then read those columns of the
   * cached result alone, instead of decoding every document's text again.
   */
  public static final StructType OUTCOME = struct(
      field("table", StringType, false),
      field("path", StringType, false),
      field("reason", StringType, true),
      field("doc_id", StringType, true),
      field("symbol", StringType, true),
      field("path_check", IntegerType, false),
      field(DOCUMENTS_TABLE, DOCUMENTS, true),
      field(RECOMMENDATIONS_TABLE, RECOMMENDATIONS, true),
      field(REJECTS_TABLE, REJECTS, true),
      field(RESPONSES_TABLE, RESPONSES, true));

  /** An outcome row of a rejected file (refused while listing or while analysing). */
  public static Row rejectRow(Reject r, String runId) {
    return outcome(REJECTS_TABLE, r.path(), r.reason().code(), null, null,
        RowFactory.create(r.path(), r.reason().code(), r.detail(), runId));
  }

  /** The one place that knows the order of {@link #OUTCOME}'s columns: {@code value} goes in its table's column. */
  private static Row outcome(String table, String path, String reason, String docId, String symbol, Row value) {
    boolean input = table.equals(DOCUMENTS_TABLE) || table.equals(REJECTS_TABLE);
    return RowFactory.create(table, path, reason, docId, symbol, input ? pathCheck(path) : 0,
        table.equals(DOCUMENTS_TABLE) ? value : null,
        table.equals(RECOMMENDATIONS_TABLE) ? value : null,
        table.equals(REJECTS_TABLE) ? value : null,
        table.equals(RESPONSES_TABLE) ? value : null);
  }

  /** Modulus of {@link #pathCheck}: a prime below 2^31, so a sum over 2^32 inputs still fits in a long. */
  static final long PATH_CHECK_MODULUS = 2_147_483_647L;

  /**
   * A checksum of an input's path (64-bit FNV-1a of its characters, reduced modulo {@link #PATH_CHECK_MODULUS}).
   * Summed over the documents and rejects rows in the same pass that counts them, and compared with the sum over
   * the listed inputs, it shows that every input was accounted for once, without another pass over the rows: a
   * lost input and a duplicated one would have to cancel out exactly.
   */
  public static int pathCheck(String path) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < path.length(); i++) {
      h ^= path.charAt(i);
      h *= 0x100000001b3L;
    }
    return (int) Long.remainderUnsigned(h, PATH_CHECK_MODULUS);
  }

  /**
   * The outcome rows of one input file: a document row, its recommendations and, for an addendum or a matrix, the
   * responses it states;
   * or one reject row.
   */
  public static List<Row> toRows(DocumentResult result, String runId, String modelSha256) {
    List<Row> rows = new ArrayList<>(1 + result.recommendations().size() + result.responses().size());
    if (result.reject() != null) {
      rows.add(rejectRow(result.reject(), runId));
      return rows;
    }
    Document d = result.document();
    String symbol = d.info().symbol();
    rows.add(outcome(DOCUMENTS_TABLE, d.path(), null, d.docId(), symbol,
        RowFactory.create(d.docId(), d.path(), d.bytes(), d.charset(),
        d.text().length(), result.sentences(), result.recommendations().size(), result.status(), runId, d.text(),
        d.info().kind().code(), d.info().kindEvidence(), symbol, d.info().stateUnderReview(),
        d.info().session(), d.info().cycle(), d.info().year(), d.info().language(), d.info().publisher(),
        seq(d.warnings()), d.pages(),
        d.pageStarts().isEmpty() ? null : CollectionConverters.asScala(d.pageStarts()).toList(), d.formatCode())));
    for (DocumentResult.Labelled labelled : result.recommendations()) {
      Recommendation r = labelled.recommendation();
      Prediction p = labelled.prediction();
      rows.add(outcome(RECOMMENDATIONS_TABLE, d.path(), null, r.docId(), null,
          RowFactory.create(r.recId(), r.docId(), d.path(),
          r.sentenceIndex(), r.charStart(), r.charEnd(), r.text(), r.paragraph(), r.section(), r.actor(),
          r.actorType(), seq(r.recommendingStates()), r.target(), r.verb(), r.action(), r.request(), r.supportStated(),
          r.supportEvidence(), seq(p.issues()),
          map(p.issueScores()), seq(p.categories()), p.actionCategory(), p.actionProbability(), p.supportPredicted(), p.supportProbability(), p.modelId(), modelSha256,
          runId)));
    }
    for (AddendumResponses.Response r : result.responses()) {
      rows.add(outcome(RESPONSES_TABLE, d.path(), null, d.docId(), null,
          RowFactory.create(r.report(), r.paragraph(), r.support(), r.evidence(), d.docId(), runId)));
    }
    return rows;
  }

  /** Spark's row encoder takes Scala collections for array and map columns. */
  static scala.collection.immutable.Seq<String> seq(List<String> list) {
    return CollectionConverters.asScala(list).toList();
  }

  static scala.collection.Map<String, Double> map(java.util.Map<String, Double> map) {
    return CollectionConverters.asScala(map);
  }

  private static StructType struct(StructField... fields) {
    return new StructType(fields);
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return createStructField(name, type, nullable);
  }
}
