package org.uprlens.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.uprlens.States;
import org.uprlens.ingest.DocKind;
import org.uprlens.ingest.Document;
import org.uprlens.ingest.DocumentReader;
import org.uprlens.ingest.Ingested;
import org.uprlens.ingest.Reject;

/**
 * Measures the Working Group list parser ({@link WorkingGroupList}) against the labelled data in {@code ../shared}:
 * the HURIDOCS Eswatini paragraphs and the Working Group reports of 2008-2014 with their parsed recommendations.
 * Spark-free: the {@code evaluate-extraction} command and the tests both use it.
 */
public final class ExtractionEvaluation {
  /** Two texts are the same recommendation when their word bags overlap at least this much (Dice). */
  public static final double MATCH = 0.8;

  private ExtractionEvaluation() {}

  /** True positives, false positives, false negatives. */
  public record Score(long tp, long fp, long fn) {
    public static final Score ZERO = new Score(0, 0, 0);

    public Score plus(Score o) {
      return new Score(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    public double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /**
   * @param name the report file, or the data set
   * @param recommendations predicted texts matched to gold texts
   * @param states recommending States (ISO codes) over all texts: a missed text loses its States too
   * @param note why a report could not be scored, else null
   */
  public record Result(String name, Score recommendations, Score states, String note, long responsesCompared,
                       long responsesRight) {
    public Result(String name, Score recommendations, Score states, String note) {
      this(name, recommendations, states, note, 0, 0);
    }

    /** Share of matched texts whose stated response (Supported, Noted or none) equals the gold's. */
    public double responseAgreement() {
      return responsesCompared == 0 ? 0 : (double) responsesRight / responsesCompared;
    }
  }

  // ---------------------------------------------------------------- HURIDOCS Eswatini paragraphs

  /**
   * Each labelled paragraph is parsed on its own. A paragraph counts as found when its number is right and the
   * texts parsed from it, joined, match the label (HURIDOCS joins a paragraph's texts into one label).
   */
  public static Result eswatini(Path csv) throws IOException {
    List<Map<String, String>> rows = readCsv(csv);
    long tp = 0;
    long fp = 0;
    long fn = 0;
    Score states = Score.ZERO;
    for (Map<String, String> row : rows) {
      String raw = row.get("paragraph_text");
      List<WorkingGroupList.Item> items = WorkingGroupList.parseSection(raw, 0, raw.length());
      Set<String> goldStates = isoCodes(splitList(row.get("label_recommending_states")));
      if (items.isEmpty()) {
        fn++;
        states = states.plus(new Score(0, 0, goldStates.size()));
        continue;
      }
      String number = items.get(0).paragraph();
      StringBuilder text = new StringBuilder();
      List<String> names = new ArrayList<>();
      for (WorkingGroupList.Item item : items) {
        text.append(text.length() == 0 ? "" : " ").append(item.text());
        names.addAll(item.states());
      }
      boolean same = number.equals(row.get("label_paragraph_number"))
          && similarity(text.toString(), row.get("label_recommendation_text")) >= MATCH;
      if (same) {
        tp++;
      } else {
        fp++;
        fn++;
      }
      states = states.plus(compare(isoCodes(names), goldStates));
    }
    return new Result("huridocs_eswatini (" + rows.size() + " paragraphs)", new Score(tp, fp, fn), states, null);
  }

  // ---------------------------------------------------------------- Working Group reports 2008-2014

  /** One gold recommendation: the source repeats a joint recommendation once per State; here it is one. */
  private record Gold(String paragraph, String text, Set<String> states, String response) {}

  /**
   * Parses every report in {@code dir} (read like the job reads it) and matches its texts to the gold rows of the
   * same review (state under review and year, from the file name: {@code afghanistan2014.txt}). Reports with no
   * gold rows are listed with a note and not scored.
   */
  public static List<Result> workingGroupReports(Path dir, Path goldCsv) throws IOException {
    return workingGroupReports(dir, goldCsv, false);
  }

  /**
   * As {@link #workingGroupReports(Path, Path)}; with {@code asPdf}, each report's text is first laid out as a UN
   * PDF ({@link ReportPdf}: running head, page numbers, hanging paragraph numbers, wrapped lines) and the PDF is
   * read as the job reads one, so the figures measure the PDF reading too.
   */
  public static List<Result> workingGroupReports(Path dir, Path goldCsv, boolean asPdf) throws IOException {
    Map<String, List<Gold>> gold = goldByReview(goldCsv);
    Map<String, String> squashed = squashedStateNames();
    DocumentReader reader = new DocumentReader(DocumentReader.Options.defaults());
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<Result> results = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      String stem = name.substring(0, name.length() - 4);
      String year = stem.replaceAll("^\\D+", "");
      String iso = squashed.get(stem.replaceAll("\\d+$", "").replaceAll("[^a-z]", ""));
      List<Gold> expected = iso == null ? null : gold.get(iso + year);
      if (expected == null) {
        results.add(new Result(name, Score.ZERO, Score.ZERO, "no gold rows for this review"));
        continue;
      }
      byte[] bytes = Files.readAllBytes(file);
      Ingested in = reader.decode(file.toString(), bytes);
      if (asPdf && in instanceof Document text && text.charset() != null) {
        byte[] pdf = ReportPdf.lay(new String(bytes, Charset.forName(text.charset())));
        in = reader.decode(stem + ".pdf", pdf);
      }
      if (in instanceof Reject reject) {
        results.add(new Result(name, new Score(0, 0, expected.size()), Score.ZERO,
            "not read: " + reject.reason() + " " + reject.detail()));
        continue;
      }
      results.add(scoreReport(name, WorkingGroupList.parse(((Document) in).text()), expected));
    }
    return results;
  }

  // ---------------------------------------------------------------- OHCHR thematic matrices

  /**
   * Lays each review's rows out as OHCHR prints a matrix (a Word table under a title: per row the number, text and
   * States with the source of position; the position; the themes; a theme row where the primary theme changes),
   * reads the file as the job reads it and scores what {@link ThematicMatrix} finds. A gold row is one official
   * number, which may bundle texts of several States: it is found when its number is, and the texts read under
   * that number, joined, match the gold text. The layout is ours; the texts, States and positions are the data's.
   */
  public static List<Result> matrices(Path csv) throws IOException {
    Map<String, List<Map<String, String>>> byReview = new LinkedHashMap<>();
    for (Map<String, String> row : readCsv(csv)) {
      byReview.computeIfAbsent(row.get("state_under_review") + " " + row.get("year"), k -> new ArrayList<>())
          .add(row);
    }
    DocumentReader reader = new DocumentReader(DocumentReader.Options.defaults());
    List<Result> results = new ArrayList<>();
    for (Map.Entry<String, List<Map<String, String>>> review : byReview.entrySet()) {
      String name = review.getKey() + " matrix (" + review.getValue().size() + " rows)";
      Ingested in = reader.decode(name + ".docx", matrixDocx(review.getValue()));
      if (!(in instanceof Document doc) || doc.info().kind() != DocKind.MATRIX) {
        results.add(new Result(name, new Score(0, 0, review.getValue().size()), Score.ZERO,
            in instanceof Reject r ? "not read: " + r.reason() : "not read as a matrix: " + ((Document) in).info()));
        continue;
      }
      results.add(scoreMatrix(name, ThematicMatrix.parse(doc.text(), doc.info().stateUnderReview()),
          review.getValue()));
    }
    return results;
  }

  private static byte[] matrixDocx(List<Map<String, String>> rows) throws IOException {
    Map<String, String> first = rows.get(0);
    try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      docx.createParagraph().createRun().setText("UPR of " + first.get("state_under_review") + " ("
          + ordinal(first.get("cycle")) + " Cycle – " + ordinal(first.get("session")) + " session)");
      docx.createParagraph().createRun().setText("Thematic list of recommendations");
      XWPFTable table = docx.createTable();
      cells(table.getRow(0), "Recommendation", "Position", "Full list of themes");
      String theme = null;
      for (Map<String, String> row : rows) {
        if (!row.get("primary_theme").equals(theme)) {
          theme = row.get("primary_theme");
          cells(table.createRow(), "Theme: " + row.get("primary_theme_code") + " " + theme, "", "");
        }
        List<String> codes = splitList(row.get("theme_codes"));
        List<String> names = splitList(row.get("themes"));
        StringBuilder themes = new StringBuilder();
        for (int i = 0; i < codes.size(); i++) {
          themes.append(i == 0 ? "" : "\n").append(codes.get(i)).append(i < names.size() ? " " + names.get(i) : "");
        }
        cells(table.createRow(), row.get("text_raw") + "\nSource of position: " + row.get("position_source"),
            row.get("response_raw"), themes + "\nAffected persons:\n- " + row.get("affected_persons"));
      }
      docx.write(out);
      return out.toByteArray();
    }
  }

  private static String ordinal(String n) {
    int i = Integer.parseInt(n);
    String suffix = i % 100 >= 11 && i % 100 <= 13 ? "th"
        : switch (i % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return n + suffix;
  }

  /** Fills a table row's cells, a paragraph per line. */
  private static void cells(XWPFTableRow row, String... texts) {
    while (row.getTableCells().size() < texts.length) {
      row.addNewTableCell();
    }
    for (int c = 0; c < texts.length; c++) {
      String[] lines = texts[c].split("\n");
      row.getCell(c).setText(lines[0]);
      for (int i = 1; i < lines.length; i++) {
        row.getCell(c).addParagraph().createRun().setText(lines[i]);
      }
    }
  }

  private static Result scoreMatrix(String name, List<WorkingGroupList.Item> predicted,
                                    List<Map<String, String>> expected) {
    Map<String, List<WorkingGroupList.Item>> byNumber = new LinkedHashMap<>();
    for (WorkingGroupList.Item item : predicted) {
      byNumber.computeIfAbsent(item.paragraph(), k -> new ArrayList<>()).add(item);
    }
    long tp = 0;
    long responsesRight = 0;
    Score states = Score.ZERO;
    for (Map<String, String> row : expected) {
      Set<String> goldStates = new LinkedHashSet<>(splitList(row.get("recommending_states_iso3")));
      List<WorkingGroupList.Item> items = byNumber.remove(row.get("paragraph"));
      if (items == null) {
        states = states.plus(new Score(0, 0, goldStates.size()));
        continue;
      }
      List<String> names = new ArrayList<>();
      items.forEach(i -> names.addAll(i.states()));
      String text = String.join("; ", items.stream().map(WorkingGroupList.Item::text).toList());
      if (similarity(text, row.get("text")) >= MATCH) {
        tp++;
        responsesRight += items.stream().allMatch(i -> row.get("response").equals(i.supportStated())) ? 1 : 0;
      }
      states = states.plus(compare(isoCodes(names), goldStates));
    }
    long found = predicted.stream().map(WorkingGroupList.Item::paragraph).distinct().count();
    Score extraStates = Score.ZERO;
    for (List<WorkingGroupList.Item> left : byNumber.values()) {
      for (WorkingGroupList.Item i : left) {
        extraStates = extraStates.plus(new Score(0, isoCodes(i.states()).size(), 0));
      }
    }
    return new Result(name, new Score(tp, found - tp, expected.size() - tp), states.plus(extraStates), null, tp,
        responsesRight);
  }

  private static Result scoreReport(String name, List<WorkingGroupList.Item> predicted, List<Gold> expected) {
    List<Set<String>> predictedWords = predicted.stream().map(i -> words(i.text())).toList();
    boolean[] used = new boolean[predicted.size()];
    long tp = 0;
    long responsesRight = 0;
    Score states = Score.ZERO;
    for (Gold g : expected) {
      Set<String> goldWords = words(g.text());
      int best = -1;
      double bestScore = MATCH;
      for (int i = 0; i < predicted.size(); i++) {
        if (used[i]) {
          continue;
        }
        double s = dice(goldWords, predictedWords.get(i));
        if (predicted.get(i).paragraph().equals(g.paragraph())) {
          s += 0.05;   // prefer the same paragraph among near-identical texts
        }
        if (s >= bestScore) {
          bestScore = s;
          best = i;
        }
      }
      if (best < 0) {
        states = states.plus(new Score(0, 0, g.states().size()));
        continue;
      }
      used[best] = true;
      tp++;
      responsesRight += java.util.Objects.equals(g.response(), predicted.get(best).supportStated()) ? 1 : 0;
      states = states.plus(compare(isoCodes(predicted.get(best).states()), g.states()));
    }
    for (int i = 0; i < predicted.size(); i++) {
      if (!used[i]) {
        states = states.plus(new Score(0, isoCodes(predicted.get(i).states()).size(), 0));
      }
    }
    return new Result(name, new Score(tp, predicted.size() - tp, expected.size() - tp), states, null, tp,
        responsesRight);
  }

  private static Map<String, List<Gold>> goldByReview(Path csv) throws IOException {
    Map<String, Map<String, Gold>> byReview = new LinkedHashMap<>();
    for (Map<String, String> row : readCsv(csv)) {
      String review = row.get("state_under_review_iso3") + row.get("year");
      String text = row.get("text");
      String key = row.get("paragraph") + "|" + String.join(" ", new java.util.TreeSet<>(words(text)));
      Set<String> states = new LinkedHashSet<>(splitList(row.get("recommending_states_iso3")));
      byReview.computeIfAbsent(review, k -> new LinkedHashMap<>())
          .merge(key, new Gold(row.get("paragraph"), text, states, blankToNull(row.get("response"))), (a, b) -> {
            Set<String> merged = new LinkedHashSet<>(a.states());
            merged.addAll(b.states());
            return new Gold(a.paragraph(), a.text(), merged, a.response());
          });
    }
    Map<String, List<Gold>> out = new HashMap<>();
    byReview.forEach((k, v) -> out.put(k, List.copyOf(v.values())));
    return out;
  }

  /** Every name and variant of every State, lower case letters only, to its ISO code: for file names. */
  private static Map<String, String> squashedStateNames() {
    Map<String, String> map = new HashMap<>();
    for (String name : States.names()) {
      States.byName(name).ifPresent(s -> map.putIfAbsent(name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""),
          s.iso3()));
    }
    return map;
  }

  /** Totals over scored reports. */
  public static Result total(String name, List<Result> results) {
    Score r = Score.ZERO;
    Score s = Score.ZERO;
    long compared = 0;
    long right = 0;
    for (Result result : results) {
      if (result.note() == null || result.note().startsWith("not read")) {
        r = r.plus(result.recommendations());
        s = s.plus(result.states());
        compared += result.responsesCompared();
        right += result.responsesRight();
      }
    }
    return new Result(name, r, s, null, compared, right);
  }

  /** The {@code n} scored reports with the lowest recommendation F1, worst first. */
  public static List<Result> worst(List<Result> results, int n) {
    return results.stream().filter(r -> r.note() == null || r.note().startsWith("not read"))
        .sorted(Comparator.comparingDouble((Result r) -> r.recommendations().f1())
            .thenComparingDouble(r -> r.states().f1()))
        .limit(n).toList();
  }

  // ---------------------------------------------------------------- seed gold

  /** One annotated recommendation sentence of a seed document: offsets and labels, no text. */
  public record SeedGold(String seed, int start, int end, String actor, String target, String verb,
                         String supportStated) {}

  /**
   * @param sentences recommendation sentences found against gold (a match overlaps a gold span by half of the
   *     shorter of the two)
   * @param matched gold sentences found
   * @param actorsRight matched sentences whose actor equals the gold actor (case and a leading "the" ignored;
   *     both absent counts as equal); likewise targets, verbs and stated responses
   */
  public record SeedResult(Score sentences, int matched, int actorsRight, int targetsRight, int verbsRight,
                           int supportRight) {
    public double actorAccuracy() {
      return matched == 0 ? 0 : (double) actorsRight / matched;
    }
  }

  public static List<SeedGold> readSeedGold(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.startsWith("#")).toList();
    List<SeedGold> gold = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> c = cells(line);
      gold.add(new SeedGold(c.get(0), Integer.parseInt(c.get(1)), Integer.parseInt(c.get(2)), blankToNull(c.get(3)),
          blankToNull(c.get(4)), blankToNull(c.get(5)), blankToNull(c.get(6))));
    }
    return gold;
  }

  /** Runs extraction (as the job does, without classifying) over each seed named in the gold and scores it. */
  public static SeedResult seeds(Path seedsDir, List<SeedGold> gold) throws IOException {
    DocumentReader reader = new DocumentReader(DocumentReader.Options.defaults());
    org.uprlens.nlp.SentenceSplitter splitter = new org.uprlens.nlp.SentenceSplitter();
    org.uprlens.nlp.Tagger tagger = new org.uprlens.nlp.Tagger();
    RecommendationExtractor extractor = new RecommendationExtractor();
    Map<String, List<SeedGold>> bySeed = new LinkedHashMap<>();
    gold.forEach(g -> bySeed.computeIfAbsent(g.seed(), k -> new ArrayList<>()).add(g));
    long tp = 0;
    long fp = 0;
    long fn = 0;
    int matched = 0;
    int actors = 0;
    int targets = 0;
    int verbs = 0;
    int support = 0;
    for (var entry : bySeed.entrySet()) {
      Path file = seedsDir.resolve(entry.getKey());
      Ingested in = reader.decode(file.toString(), Files.readAllBytes(file));
      if (!(in instanceof Document document)) {
        fn += entry.getValue().size();
        continue;
      }
      var sentences = org.uprlens.RecommendationPipeline.withStructure(document.text(),
          splitter.split(document.text()), document.outline());
      List<Recommendation> found = extractor.find(document, sentences, tagger).recommendations();
      boolean[] used = new boolean[found.size()];
      for (SeedGold g : entry.getValue()) {
        int hit = -1;
        for (int i = 0; i < found.size() && hit < 0; i++) {
          if (!used[i] && overlaps(g.start(), g.end(), found.get(i).charStart(), found.get(i).charEnd())) {
            hit = i;
          }
        }
        if (hit < 0) {
          fn++;
          continue;
        }
        used[hit] = true;
        tp++;
        matched++;
        Recommendation r = found.get(hit);
        actors += sameName(g.actor(), r.actor()) ? 1 : 0;
        targets += sameName(g.target(), r.target()) ? 1 : 0;
        verbs += sameName(g.verb(), r.verb()) ? 1 : 0;
        support += sameName(g.supportStated(), r.supportStated()) ? 1 : 0;
      }
      for (boolean u : used) {
        fp += u ? 0 : 1;
      }
    }
    return new SeedResult(new Score(tp, fp, fn), matched, actors, targets, verbs, support);
  }

  private static boolean overlaps(int s1, int e1, int s2, int e2) {
    int common = Math.min(e1, e2) - Math.max(s1, s2);
    return common > 0 && common * 2 >= Math.min(e1 - s1, e2 - s2);
  }

  static boolean sameName(String a, String b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    return canonical(a).equals(canonical(b));
  }

  private static String canonical(String name) {
    return name.strip().replaceAll("\\s+", " ").replaceFirst("(?i)^the ", "").toLowerCase(Locale.ROOT);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  // ---------------------------------------------------------------- helpers

  static Score compare(Set<String> predicted, Set<String> gold) {
    long tp = predicted.stream().filter(gold::contains).count();
    return new Score(tp, predicted.size() - tp, gold.size() - tp);
  }

  private static Set<String> isoCodes(List<String> names) {
    Set<String> codes = new LinkedHashSet<>();
    for (String n : names) {
      codes.add(States.byName(n).map(States.State::iso3).orElse("?" + n));
    }
    return codes;
  }

  private static List<String> splitList(String cell) {
    return cell == null || cell.isBlank() ? List.of() : List.of(cell.split("\\|"));
  }

  /** Lower-cased words and numbers: what a fuzzy match compares. */
  static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  static double similarity(String a, String b) {
    return dice(words(a), words(b));
  }

  private static double dice(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    long common = small.stream().filter(large::contains).count();
    return 2.0 * common / (a.size() + b.size());
  }

  /** RFC 4180 rows with a header, no newlines inside fields (the convention of ../shared/data/upr). */
  static List<Map<String, String>> readCsv(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    List<Map<String, String>> rows = new ArrayList<>();
    if (lines.isEmpty()) {
      return rows;
    }
    List<String> header = cells(lines.get(0));
    for (String line : lines.subList(1, lines.size())) {
      if (line.isEmpty()) {
        continue;
      }
      List<String> cells = cells(line);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
