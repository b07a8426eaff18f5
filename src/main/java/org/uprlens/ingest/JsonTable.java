package org.uprlens.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A JSON file of recommendations, as a database's API or a scraper writes them: an array of records, records one per
 * line (JSON Lines), or an object that holds such an array ({@code {"count": 2, "results": [...]}}). It is written out
 * as CSV text so that it is read as a {@code .csv} is ({@link RecommendationTable}), as a workbook is: each field a
 * column, named by its key ({@code recommendingState} as "recommending State"), a field holding an object by that
 * object's name ({@code {"name": "Chile", "iso3": "CHL"}}), one holding an array by its values joined with " | ", as a
 * makers column lists several States.
 */
final class JsonTable {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** The member that names an object standing for one value: a State, a response, a text in several languages. */
  private static final List<String> NAMES = List.of("name", "label", "title", "value", "text", "en");
  /** A text this long is an article, not one recommendation (the longest in a Working Group report are shorter). */
  static final int ARTICLE = 1500;
  /** How deep inside an object an array of records may sit ({@code {"data": {"recommendations": [...]}}}). */
  private static final int DEPTH = 3;

  private JsonTable() {}

  static Extracted extract(String text, String charset) throws RejectException {
    List<JsonNode> roots = new ArrayList<>();
    // Value by value rather than Jackson's MappingIterator, which would take a top-level array for a sequence.
    List<String> warnings = new ArrayList<>();
    try (JsonParser values = MAPPER.createParser(text)) {
      while (values.nextToken() != null) {
        roots.add(MAPPER.readTree(values));
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String why = "JSON cannot be parsed: " + e.getOriginalMessage()
          + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
      if (roots.isEmpty()) {
        throw new RejectException(RejectReason.DAMAGED, why);
      }
      roots = lines(text, warnings);   // JSON Lines with a bad line: the others are read
      if (roots.isEmpty() || warnings.size() > roots.size()) {
        throw new RejectException(RejectReason.DAMAGED, why);
      }
    } catch (IOException e) {
      throw new RejectException(RejectReason.DAMAGED, "JSON cannot be parsed: " + e.getMessage());
    }
    if (roots.isEmpty()) {
      throw new RejectException(RejectReason.EMPTY, "a JSON file without any value");
    }
    List<JsonNode> records = roots.size() > 1 ? objects(roots) : records(roots.get(0));
    if (records.isEmpty()) {
      throw new RejectException(RejectReason.UNSUPPORTED_FORMAT, "a JSON file is read as a table of"
          + " recommendations, an array of records (or one record per line), and this one holds none; "
          + (roots.get(0).isObject() ? "its fields: " + String.join(", ", keys(List.of(roots.get(0))))
          : "it holds a single " + roots.get(0).getNodeType().name().toLowerCase(Locale.ROOT))
          + ". A page's or document's text is read from .txt or .html");
    }
    if (!hasTexts(records)) {
      throw new RejectException(RejectReason.UNSUPPORTED_FORMAT, "a JSON file is read as a table of"
          + " recommendations, and its records have no field of texts (" + RecommendationTable.textColumns()
          + "); their fields: " + String.join(", ", keys(records)));
    }
    Extracted table = table(records, charset);
    return warnings.isEmpty() ? table : new Extracted(table.text(), List.of(), charset, warnings, null, table.table());
  }

  /**
   * A JSON Lines file's values line by line, a line that does not parse left out with a warning (a scraper cut
   * off mid-record loses that record only).
   */
  private static List<JsonNode> lines(String text, List<String> warnings) {
    List<JsonNode> values = new ArrayList<>();
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        values.add(MAPPER.readTree(lines[i]));
      } catch (JsonProcessingException e) {
        warnings.add("JSON line " + (i + 1) + " left out: " + e.getOriginalMessage());
      }
    }
    return values;
  }

  /**
   * Records written out as a CSV table, a field a column; or, when their texts are articles rather than
   * recommendations (a scraper's pages, {@link #ARTICLE} characters and more for most), those texts as prose, each
   * under its title if it has one, so that the recommendations in them are found as in a page's.
   */
  static Extracted table(List<JsonNode> records, String charset) {
    List<String> keys = keys(records);
    String textKey = keys.stream().filter(key -> RecommendationTable.isTextColumn(CsvTable.normalised(words(key))))
        .findFirst().orElseThrow();
    List<Integer> lengths = records.stream().map(r -> value(r.get(textKey)).length()).sorted().toList();
    if (lengths.get(lengths.size() / 2) >= ARTICLE) {
      StringBuilder prose = new StringBuilder();
      for (JsonNode record : records) {
        String title = value(record.get("title"));
        prose.append(title.isEmpty() ? "" : title + "\n\n").append(value(record.get(textKey))).append("\n\n");
      }
      return new Extracted(prose.toString().strip() + "\n", List.of(), charset, List.of());
    }
    List<List<String>> table = new ArrayList<>();
    table.add(keys.stream().map(JsonTable::words).toList());
    for (JsonNode record : records) {
      table.add(keys.stream().map(key -> value(record.get(key))).toList());
    }
    return new Extracted(SheetText.csv(List.of(table)), List.of(), charset, List.of()).asTable();
  }

  /** The records of texts a value holds, as {@link #records} finds them; none when they have no field of texts. */
  static List<JsonNode> recordsOfTexts(JsonNode root) {
    List<JsonNode> records = records(root);
    return hasTexts(records) ? records : List.of();
  }

  /**
   * The records a JSON value holds: an array's objects, or of an object's arrays of objects (at most {@link #DEPTH}
   * levels down) the first whose records have a field of texts, else the longest; an object without such arrays
   * that has a field of texts is one record.
   */
  private static List<JsonNode> records(JsonNode root) {
    if (root.isArray()) {
      return objects(root);
    }
    List<JsonNode> longest = List.of();
    Deque<Map.Entry<JsonNode, Integer>> todo = new ArrayDeque<>();
    todo.add(Map.entry(root, 0));
    while (!todo.isEmpty()) {   // breadth first: the shallowest array of records is the table
      Map.Entry<JsonNode, Integer> next = todo.poll();
      for (Iterator<JsonNode> fields = next.getKey().elements(); fields.hasNext(); ) {
        JsonNode field = fields.next();
        List<JsonNode> found = field.isArray() ? objects(field) : List.of();
        if (hasTexts(found)) {
          return found;
        }
        longest = found.size() > longest.size() ? found : longest;
        if (field.isObject() && next.getValue() + 1 < DEPTH) {
          todo.add(Map.entry(field, next.getValue() + 1));
        }
      }
    }
    // One record alone, as an export of a single recommendation writes it: {"text": "...", "state": "..."}
    return longest.isEmpty() && hasTexts(List.of(root)) ? List.of(root) : longest;
  }

  private static List<JsonNode> objects(Iterable<JsonNode> values) {
    List<JsonNode> objects = new ArrayList<>();
    values.forEach(v -> {
      if (v.isObject()) {
        objects.add(v);
      }
    });
    return objects;
  }

  /** Whether the records have a field of texts, as a table's column of texts is named. */
  private static boolean hasTexts(List<JsonNode> records) {
    return keys(records).stream().anyMatch(key -> RecommendationTable.isTextColumn(CsvTable.normalised(words(key))));
  }

  /** The records' field names in order of first appearance. */
  private static List<String> keys(List<JsonNode> records) {
    Map<String, Boolean> keys = new LinkedHashMap<>();
    for (JsonNode record : records) {
      record.fieldNames().forEachRemaining(key -> keys.put(key, true));
    }
    return new ArrayList<>(keys.keySet());
  }

  /** A key as words, as a column is named: "recommendingState" → "recommending State". */
  private static String words(String key) {
    return key.replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " ");
  }

  /** A field as one cell: a value as written, an object by its name, an array by its values joined; "" for none. */
  private static String value(JsonNode field) {
    if (field == null || field.isNull() || field.isMissingNode()) {
      return "";
    }
    if (field.isValueNode()) {
      return field.asText().strip();
    }
    if (field.isArray()) {
      List<String> values = new ArrayList<>();
      field.forEach(v -> {
        String one = value(v);
        if (!one.isEmpty()) {
          values.add(one);
        }
      });
      return String.join(" | ", values);
    }
    for (String name : NAMES) {
      JsonNode named = field.get(name);
      if (named != null && named.isValueNode()) {
        return named.asText().strip();
      }
    }
    return "";
  }
}
