package org.uprlens.sink;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code _report.md}: what a run found, for a person to read: the documents by kind, who made the recommendations,
 * about which rights, how specific, and the responses stated and predicted, then what was rejected and why. The
 * figures are counts over the tables the run wrote; {@code _run.json} holds the run's provenance and timings.
 */
public record RunReport(RunManifest run, List<Table> tables) {

  /**
   * One section: a title, a sentence on how to read it, column heads and rows (already ordered and cut to their
   * most frequent keys by whoever counted them).
   */
  public record Table(String title, String note, List<String> header, List<List<String>> rows) {
    public Table {
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  public RunReport {
    tables = List.copyOf(tables);
  }

  /**
   * One count over the written tables: what is counted ({@code kind}, {@code reviewed}, {@code actor_type},
   * {@code state}, {@code actor}, {@code category}, {@code issue}, {@code action}, {@code support}, {@code reject}),
   * its key and second key, the rows, and up to three sums whose meaning depends on what is counted (see
   * {@link #of}). Probabilities are summed in thousandths.
   */
  public record Count(String of, String key, String key2, long rows, long sum1, long sum2, long sum3) {}

  /**
   * Counts being made, mergeable: each partition of a table counts its own rows, and the partitions' tallies are
   * merged. Plain Java, so that the counting runs in the executors without Spark SQL's planning per count.
   */
  public static final class Tally implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final Map<List<String>, long[]> counts = new HashMap<>();
    /** An example value per ({@code of}, {@code key}): the smallest seen, so the merge order does not matter. */
    private final Map<List<String>, String> examples = new HashMap<>();

    /** Keeps {@code value} as the example of ({@code of}, {@code key}) if it sorts before the one kept. */
    public void example(String of, String key, String value) {
      examples.merge(Arrays.asList(of, key), value, Tally::smaller);
    }

    /** One more row for ({@code of}, {@code key}, {@code key2}), with the row's values of the three sums. */
    public void add(String of, String key, String key2, long sum1, long sum2, long sum3) {
      long[] c = counts.computeIfAbsent(Arrays.asList(of, key, key2), k -> new long[4]);
      c[0]++;
      c[1] += sum1;
      c[2] += sum2;
      c[3] += sum3;
    }

    /** This tally with the other's counts added; the other is left as it was. */
    public Tally merge(Tally other) {
      other.counts.forEach((k, v) -> {
        long[] c = counts.computeIfAbsent(k, x -> new long[4]);
        for (int i = 0; i < 4; i++) {
          c[i] += v[i];
        }
      });
      other.examples.forEach((k, v) -> examples.merge(k, v, Tally::smaller));
      return this;
    }

    private static String smaller(String a, String b) {
      return a.compareTo(b) <= 0 ? a : b;
    }

    public List<Count> counts() {
      return counts.entrySet().stream().map(e -> {
        List<String> k = e.getKey();
        String key2 = k.get(2) != null ? k.get(2) : examples.get(Arrays.asList(k.get(0), k.get(1)));
        return new Count(k.get(0), k.get(1), key2, e.getValue()[0], e.getValue()[1], e.getValue()[2],
            e.getValue()[3]);
      }).toList();
    }
  }

  /** Keys shown of a long list (States, actors, issues); the tables hold them all. */
  public static final int TOP = 15;

  /** The report of a run from its counts, in any order: tables ordered by rows, long lists cut to {@link #TOP}. */
  public static RunReport of(RunManifest run, List<Count> counts) {
    List<Table> tables = new ArrayList<>();
    tables.add(table(counts, "kind", Integer.MAX_VALUE, "Documents by kind",
        "How ingest classified each document, and what it yielded.",
        List.of("kind", "documents", "recommendations", "documents without any", "not analysed (language)"),
        c -> List.of(c.key(), n(c.rows()), n(c.sum1()), n(c.sum2()), n(c.sum3()))));
    tables.add(table(counts, "reviewed", TOP, Comparator.comparingLong(Count::sum1), "States under review",
        "The State each document reviews, as it says; the States with the most recommendations.",
        List.of("State under review", "documents", "recommendations"),
        c -> List.of(c.key(), n(c.rows()), n(c.sum1()))));
    tables.add(table(counts, "actor_type", Integer.MAX_VALUE, "Who made the recommendations", null,
        List.of("actor type", "recommendations"), c -> List.of(c.key(), n(c.rows()))));
    tables.add(table(counts, "state", TOP, "Recommending States",
        "Working Group lists and matrices; a recommendation made by several States counts for each.",
        List.of("State", "recommendations"), c -> List.of(c.key(), n(c.rows()))));
    tables.add(table(counts, "actor", TOP, "Other recommending bodies",
        "Treaty bodies, UN agencies, special procedures, NGOs: the actor as the document names it.",
        List.of("actor", "type", "recommendations"), c -> List.of(c.key(), orEmpty(c.key2()), n(c.rows()))));
    tables.add(table(counts, "category", Integer.MAX_VALUE, "Rights categories",
        "A recommendation may fall in several.", List.of("category", "recommendations"),
        c -> List.of(c.key(), n(c.rows()))));
    tables.add(table(counts, "issue", TOP, "Issues", "UPR Info's issues; a recommendation may have several.",
        List.of("issue", "recommendations"), c -> List.of(c.key(), n(c.rows()))));
    tables.add(byKey(table(counts, "action", Integer.MAX_VALUE, "Action category",
        "1 minimal action, 2 continuing, 3 considering, 4 general action, 5 specific action (UPR Info's scale).",
        List.of("action category", "recommendations", "mean probability"),
        c -> List.of(c.key(), n(c.rows()), mean(c.sum1(), c.rows())))));
    tables.add(byKey(table(counts, "support", Integer.MAX_VALUE, "Support: stated and predicted",
        "Stated: what the document (or an addendum or matrix in the run) prints; predicted: the model's.",
        List.of("stated", "predicted", "recommendations", "mean probability of support"),
        c -> List.of(c.key(), orEmpty(c.key2()), n(c.rows()), mean(c.sum1(), c.rows())))));
    tables.add(table(counts, "reject", Integer.MAX_VALUE, "Rejected files",
        "Every input is a document or a reject; the reason says what to fix.",
        List.of("reason", "files", "for example"), c -> List.of(c.key(), n(c.rows()), orEmpty(c.key2()))));
    return new RunReport(run, tables);
  }

  /** The counts of one kind, most rows first (ties by key), at most {@code top}. */
  private static Table table(List<Count> counts, String of, int top, String title, String note, List<String> header,
                             Function<Count, List<String>> cells) {
    return table(counts, of, top, Comparator.comparingLong(Count::rows), title, note, header, cells);
  }

  /** The counts of one kind, largest first by {@code size} (ties by key), at most {@code top}. */
  private static Table table(List<Count> counts, String of, int top, Comparator<Count> size, String title,
                             String note, List<String> header, Function<Count, List<String>> cells) {
    List<List<String>> rows = counts.stream().filter(c -> c.of().equals(of) && c.key() != null)
        .sorted(size.reversed().thenComparing(Count::key).thenComparing(c -> orEmpty(c.key2())))
        .limit(top).map(cells).toList();
    return new Table(title, note, header, rows);
  }

  /** The table in order of its keys ("1" .. "5", "Noted" before "Supported"), for short fixed scales. */
  private static Table byKey(Table t) {
    List<List<String>> rows = new ArrayList<>(t.rows());
    rows.sort(Comparator.comparing((List<String> r) -> r.get(0)).thenComparing(r -> r.get(1)));
    return new Table(t.title(), t.note(), t.header(), rows);
  }

  private static String n(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String mean(long thousandths, long rows) {
    return rows == 0 ? "" : String.format(Locale.ROOT, "%.2f", thousandths / 1000.0 / rows);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  public String markdown() {
    StringBuilder md = new StringBuilder();
    RunManifest.Counts c = run.counts();
    md.append("# UPR Lens run ").append(run.runId()).append("\n\n");
    md.append(String.format(Locale.ROOT, "%,d input files: %,d documents, %,d recommendations, %,d rejects. "
            + "Model `%s`. Started %s, %.1f s. Inputs: %s. Output: `%s`.%n%n", c.inputFiles(), c.documents(),
        c.recommendations(), c.rejects(), run.model().id(), run.startedAt().replaceFirst("\\.\\d+Z$", "Z"), run.wallSeconds(),
        String.join(", ", run.inputs().stream().map(i -> "`" + i + "`").toList()), run.output()));
    md.append("Issues, categories, action category and predicted support are the model's predictions; stated support"
        + " is what the documents print. Provenance and timings: `_run.json`.\n");
    for (Table table : tables) {
      md.append("\n## ").append(table.title()).append("\n\n");
      if (table.note() != null && !table.note().isBlank()) {
        md.append(table.note()).append("\n\n");
      }
      if (table.rows().isEmpty()) {
        md.append("(none)\n");
        continue;
      }
      md.append(row(table.header())).append(row(table.header().stream().map(h -> "---").toList()));
      for (List<String> r : table.rows()) {
        md.append(row(r));
      }
    }
    return md.toString();
  }

  /** A Markdown table row; a cell's own pipes and line breaks would break the table. */
  private static String row(List<String> cells) {
    return "| " + String.join(" | ", cells.stream()
        .map(cell -> cell == null ? "" : cell.replace("|", "\\|").replaceAll("\\s+", " ")).toList()) + " |\n";
  }
}
