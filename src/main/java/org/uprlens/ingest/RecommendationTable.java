package org.uprlens.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A CSV file whose rows are recommendations, as UPR Info's database and the OHCHR export them and as researchers keep
 * them: a column of texts, and where the file has them, who made each, the State under review and the response.
 * The columns are told by their names, in any letter case, with spaces or underscores ({@link #TEXT} and the others
 * below); other columns are ignored.
 */
public final class RecommendationTable {
  /**
   * The text; "Annotation" and "Recommendation/Observation" last, as the Universal Human Rights Index exports a
   * mechanism's paragraph, where a file with a "Text" column uses "Annotation" for something else.
   */
  static final List<String> TEXT = List.of("text", "recommendation", "recommendations", "recommendation text",
      "recommendation received", "recommendations received", "text of the recommendation",
      // an NGO's own asks, as its briefings and pages print them under a topic column
      "what we ask", "our ask", "our asks", "key asks", "recommended action", "recommended actions",
      "proposed recommendation", "proposed recommendations", "suggested recommendation", "suggested recommendations",
      "recommendation observation", "recommendations observations", "annotation", "annotation text");
  /** A table of one review's recommendations names their makers "State" ("Recommendation | State | Response"). */
  private static final List<String> MAKERS = List.of("recommending states", "recommending state",
      "recommending state s", "recommending country", "recommending countries", "recommending country s",
      "recommending delegation", "recommending delegations", "recommended by", "made by", "state", "states",
      "state s", "country", "countries", "source state", "source states");
  private static final List<String> COUNTRIES = List.of("country", "countries");
  /**
   * The bodies that made the recommendations, as an index of every mechanism's recommendations names them ("Body:
   * CEDAW"); its "Country" is then the State they are addressed to, where a table of one review names its makers so.
   */
  private static final List<String> BODIES = List.of("body", "bodies", "mechanism", "mechanisms", "treaty body",
      "source body", "human rights body", "human rights mechanism");
  /** What a body column writes for a Working Group report's recommendations, whose makers the text names. */
  private static final java.util.Set<String> REVIEW = java.util.Set.of("upr", "universal periodic review");
  /**
   * A printed table's makers may also be its "Source", as national reports' annexes name them: there each cell must
   * name States ({@link PrintedTable}), where a file's "source" column may hold a dataset's name or an address.
   */
  private static final List<String> PRINTED_MAKERS =
      Stream.concat(MAKERS.stream(), Stream.of("source")).toList();
  private static final List<String> REVIEWED = List.of("state under review", "sur", "state under review sur",
      "country under review", "state reviewed", "country reviewed", "reviewed state", "reviewed country");
  private static final List<String> RESPONSE = List.of("response", "position", "response raw");
  /**
   * Columns of a plan of asks beside their texts ("Recommendation | Addressed to | Timeline"), as an organisation's
   * agenda or a State's implementation plan prints them: not read, but they make a text column a table's.
   */
  private static final java.util.Set<String> PLAN = java.util.Set.of("addressed to", "addressee", "addressees",
      "responsible", "responsible institution", "responsible institutions", "responsible body", "lead institution",
      "lead agency", "lead ministry", "implementing body", "implementing agency", "timeline", "timeframe",
      "time frame", "deadline", "indicator", "indicators", "priority", "target date", "by whom", "to whom");
  /** The row's number in the report first ("69.1"), else the file's own id. */
  private static final List<String> ID = List.of("paragraph", "recommendation number", "recommendation no",
      "number", "no", "ref", "ref no", "reference", "rec no", "id", "recommendation id");

  /**
   * A row: where its text stands in the file, the text (line breaks and runs of spaces as one space), its id or
   * number (else its line among the rows), its makers as listed ({@code |} or {@code ;} between them), the State
   * under review and the response as printed; null where the file has no such column or the cell is blank.
   */
  public record Row(int begin, int end, String text, String id, List<String> makers, String reviewed,
                    String response) {}

  /**
   * A text that opens with its number in a Working Group report, "40.12 " or "40.12. " before a capital: the number
   * of a recommendation, as an implementation plan's or mid-term report's table quotes it.
   */
  static final Pattern NUMBERED = Pattern.compile("(\\d{1,3}\\.\\d{1,3})\\.?\\s+(?=\\p{Lu})");

  private RecommendationTable() {}

  /** The file's rows with a text, or null when it has no column of texts (then it is no table of recommendations). */
  public static List<Row> read(String text) {
    return rows(CsvTable.parse(text), false);
  }

  /**
   * The table's rows with a text, or null when it has no column of texts. {@code printed}: a table printed in a
   * document, whose rows have no number unless a column gives it; a file's row is known by its line among the rows.
   */
  static List<Row> rows(CsvTable table, boolean printed) {
    int texts = table.column(TEXT);
    if (texts < 0) {
      return null;
    }
    int makers = table.column(printed ? PRINTED_MAKERS : MAKERS);
    int reviewed = table.column(REVIEWED);
    int bodies = table.column(BODIES);
    if (bodies >= 0 && (makers < 0 || COUNTRIES.contains(table.header().get(makers)))) {
      reviewed = reviewed >= 0 ? reviewed : makers;
      makers = bodies;
    }
    int country = table.column(COUNTRIES);
    if (reviewed < 0 && makers >= 0 && country >= 0 && country != makers) {
      reviewed = country;   // "Country | Recommending State | Recommendation": the makers named, the country reviewed
    }
    int response = table.column(RESPONSE);
    int id = table.column(ID);
    List<Row> rows = new ArrayList<>(table.rows().size());
    for (int i = 0; i < table.rows().size(); i++) {
      List<CsvTable.Cell> row = table.rows().get(i);
      String words = cell(row, texts);
      if (words == null) {
        continue;
      }
      CsvTable.Cell cell = row.get(texts);
      String listed = cell(row, makers);
      String number = cell(row, id);
      int begin = cell.begin();
      Matcher numbered = NUMBERED.matcher(words);
      if (number == null && numbered.lookingAt()) {   // "40.12 Adopt the bill": the report's number opens the text
        number = numbered.group(1);
        begin += numbered.end();
        words = words.substring(numbered.end());
      }
      String known = number != null || printed ? number : String.valueOf(i + 1);
      List<String> states = listed == null ? List.of() : Arrays.stream(listed.split("[|;]"))
          .map(String::strip).filter(s -> !s.isEmpty() && !REVIEW.contains(s.toLowerCase(Locale.ROOT))).toList();
      rows.add(new Row(begin, cell.end(), words.replaceAll("\\s+", " "), known, states, cell(row, reviewed),
          cell(row, response)));
    }
    return rows;
  }

  /** What a column this class reads holds. */
  enum Column { TEXT, MAKERS, REVIEWED, RESPONSE, ID }

  /** The column a printed table's name ({@link CsvTable#normalised}) is, or null when this class does not read it. */
  static Column kindOf(String name) {
    return TEXT.contains(name) ? Column.TEXT : PRINTED_MAKERS.contains(name) ? Column.MAKERS
        : REVIEWED.contains(name) ? Column.REVIEWED : RESPONSE.contains(name) ? Column.RESPONSE
        : ID.contains(name) ? Column.ID : null;
  }

  static boolean isKnownColumn(String name) {
    return kindOf(name) != null;
  }

  /** Whether a column is one of a plan of asks ({@link #PLAN}): "Timeline", "Responsible institution". */
  static boolean isPlanColumn(String name) {
    return PLAN.contains(name);
  }

  static boolean isTextColumn(String name) {
    return kindOf(name) == Column.TEXT;
  }

  /** Whether a cell says it has no value: "NA", "n/a", "-". */
  static boolean isNone(String value) {
    return NONE.contains(value.strip().toLowerCase(Locale.ROOT));
  }

  /** The column names a table of recommendations may give its texts, as {@link CsvTable#header} writes them. */
  public static String textColumns() {
    return String.join(", ", TEXT);
  }

  /** Words a table writes for "no value". */
  private static final java.util.Set<String> NONE = java.util.Set.of("na", "n/a", "none", "null", "-", "–", "?");

  /** The row's value in {@code column}; null when it has none or says so ("NA", "n/a", "-"). */
  private static String cell(List<CsvTable.Cell> row, int column) {
    String value = CsvTable.value(row, column);
    return value == null || isNone(value) ? null : value;
  }
}
