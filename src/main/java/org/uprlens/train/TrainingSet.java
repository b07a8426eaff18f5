package org.uprlens.train;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.uprlens.Sha256;
import org.uprlens.classify.Context;
import org.uprlens.classify.ModelCard;
import org.uprlens.classify.Prediction;

/**
 * Reads labelled CSV files in the format of UPR Info's export (RFC 4180, header row, {@code |} between list
 * items). Columns used: {@code text}, {@code themes}, {@code response}, {@code action_category},
 * {@code state_under_review}, {@code session}, and when present {@code id}, {@code recommending_states},
 * {@code recommending_states_iso3}, {@code state_under_review_iso3}, {@code sur_orgs} and
 * {@code recommending_orgs}; others are ignored.
 */
public record TrainingSet(List<TrainingExample> examples, List<ModelCard.DataFile> files, List<String> warnings) {
  static final List<String> REQUIRED = List.of("text", "themes", "response", "state_under_review", "session");
  /** The value of {@code theme_taxonomy} whose themes are UPR Info's issues, the labels the model learns. */
  static final String UPR_INFO_ISSUES = "upr_info_issues";

  public TrainingSet {
    examples = List.copyOf(examples);
    files = List.copyOf(files);
    warnings = List.copyOf(warnings);
  }

  public static TrainingSet load(List<Path> paths) throws IOException {
    return load(paths, null);
  }

  /** Only the rows of these sessions, when not null; the card's data files then name the range. */
  public static TrainingSet load(List<Path> paths, Sessions sessions) throws IOException {
    List<TrainingExample> all = new ArrayList<>();
    List<ModelCard.DataFile> files = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.isRegularFile(path)) {
        throw new IllegalArgumentException("training file not found: " + path);
      }
      FileRows read = read(path);
      List<TrainingExample> rows = read.rows();
      if (!read.otherTaxonomies().isEmpty()) {
        warnings.add(path.getFileName() + ": themes coded in " + String.join(", ", read.otherTaxonomies())
            + ", not UPR Info's issues: those rows' issues are unknown (not learnt, not scored); their responses"
            + " and action categories count");
      }
      if (sessions != null) {
        rows = rows.stream().filter(r -> sessions.contains(r.session())).toList();
      }
      long repeats = rows.stream().filter(r -> read.repeated().contains(r.id())).count();
      if (repeats > 0) {
        warnings.add(path.getFileName() + ": " + repeats + " rows are the same recommendations as rows of"
            + " UPR Info's file (overlaps_upr_info_ids): a model trained on that file in those sessions has seen"
            + " them, so figures on them are not held out");
      }
      all.addAll(rows);
      files.add(new ModelCard.DataFile(path.getFileName().toString(), Sha256.of(path), rows.size(),
          sessions == null ? null : sessions.toString()));
    }
    if (sessions != null && all.isEmpty()) {
      throw new IllegalArgumentException("no rows of sessions " + sessions + " in " + paths);
    }
    return new TrainingSet(all, files, warnings);
  }

  /**
   * The rows of one file, the taxonomies its themes are coded in other than UPR Info's issues, and the ids of the
   * rows it links to UPR Info rows.
   */
  private record FileRows(List<TrainingExample> rows, Set<String> otherTaxonomies, Set<String> repeated) {}

  private static FileRows read(Path path) throws IOException {
    Set<String> foreign = new TreeSet<>();
    Set<String> repeated = new java.util.HashSet<>();
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    List<TrainingExample> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it =
             mapper.readerForMapOf(String.class).with(schema).readValues(path.toFile())) {
      int line = 1;
      while (it.hasNext()) {
        Map<String, String> row = it.next();
        line++;
        if (line == 2) {
          for (String column : REQUIRED) {
            if (!row.containsKey(column)) {
              throw new IllegalArgumentException(path + ": missing column '" + column + "' (has " + row.keySet()
                  + "); the columns train reads are described in training-data/README.md");
            }
          }
        }
        String text = row.get("text");
        if (text == null || text.isBlank()) {
          continue;
        }
        String id = row.getOrDefault("id", path.getFileName() + ":" + line);
        String overlaps = row.get("overlaps_upr_info_ids");
        if (overlaps != null && !overlaps.isBlank()) {
          repeated.add(id);
        }
        Context context = context(row);
        rows.add(new TrainingExample(
            id,
            text.strip(),
            issues(row, foreign),
            response(path, line, row.get("response")),
            actionCategory(path, line, row.get("action_category")),
            row.get("state_under_review"),
            row.get("session"),
            context,
            memberships(row, context)));
      }
    }
    return new FileRows(rows, foreign, repeated);
  }

  /** The row's UPR Info issues; none (unknown) when the file says its themes are of another taxonomy. */
  private static List<String> issues(Map<String, String> row, Set<String> foreign) {
    String taxonomy = row.get("theme_taxonomy");
    if (taxonomy != null && !taxonomy.isBlank() && !taxonomy.strip().equals(UPR_INFO_ISSUES)) {
      foreign.add(taxonomy.strip());
      return List.of();
    }
    return list(row.get("themes"));
  }

  /** ISO codes where the file has them (UPR Info's short names are not all in the States table), else names. */
  private static Context context(Map<String, String> row) {
    List<String> recommenders = list(row.get("recommending_states_iso3"));
    if (recommenders.isEmpty()) {
      recommenders = list(row.get("recommending_states"));
    }
    String sur = row.get("state_under_review_iso3");
    return new Context(recommenders, recommenders.isEmpty() ? null : "state",
        sur == null || sur.isBlank() ? row.get("state_under_review") : sur.strip());
  }

  /**
   * The organisations of the State under review ({@code sur_orgs}) and of a lone recommending State
   * ({@code recommending_orgs}; for several, the file's cell does not say whose is whose).
   */
  private static Map<String, List<String>> memberships(Map<String, String> row, Context context) {
    Map<String, List<String>> m = new HashMap<>();
    List<String> sur = list(row.get("sur_orgs"));
    if (context.stateUnderReview() != null && !sur.isEmpty()) {
      m.put(context.stateUnderReview(), sur);
    }
    List<String> rs = list(row.get("recommending_orgs"));
    if (context.recommendingStates().size() == 1 && !rs.isEmpty()) {
      m.put(context.recommendingStates().get(0), rs);
    }
    return m;
  }

  static List<String> list(String cell) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String response(Path path, int line, String cell) {
    if (cell == null || cell.isBlank()) {
      return null;
    }
    String value = cell.strip();
    if (!value.equals(Prediction.SUPPORTED) && !value.equals(Prediction.NOTED)) {
      throw new IllegalArgumentException(path + " line " + line + ": response must be Supported, Noted or empty: '"
          + value + "'");
    }
    return value;
  }

  private static Integer actionCategory(Path path, int line, String cell) {
    if (cell == null || cell.isBlank()) {
      return null;
    }
    try {
      int value = Integer.parseInt(cell.strip());
      if (value >= 1 && value <= 5) {
        return value;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new IllegalArgumentException(path + " line " + line + ": action_category must be 1..5 or empty: '"
        + cell + "'");
  }
}
