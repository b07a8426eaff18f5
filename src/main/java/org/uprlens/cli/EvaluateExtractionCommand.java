package org.uprlens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.uprlens.extract.ExtractionEvaluation;
import org.uprlens.extract.ExtractionEvaluation.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "evaluate-extraction", mixinStandardHelpOptions = true, sortOptions = false, usageHelpWidth = 100,
    description = {
        "Measure recommendation extraction against labelled data and print precision, recall and F1.",
        "",
        "Reads from the shared data folder: (a) data/upr/extraction/huridocs_eswatini_wg_paragraphs.csv (each"
            + " paragraph parsed on its own: number, text, recommending States); (b) the Working Group reports in"
            + " data/upr/documents/wg_reports_2008_2014/, read as the job reads them, against"
            + " data/upr/recommendations/wg_reports_parsed_2008-2014.csv: texts matched by word overlap"
            + " (Dice >= 0.8), recommending States compared over all texts; per report, overall and the 10 worst;"
            + " with --pdf also laid out as PDFs and read as PDFs (b')."
            + " (c) our annotation of seeds/ (--seed-gold): recommendation sentences by span overlap, and the"
            + " accuracy of actor, target, verb and stated response on the sentences found. (d) the rows of"
            + " data/upr/recommendations/ohchr_thematic_matrices.csv laid out as OHCHR's Word matrices (our"
            + " layout, the data's texts, States and positions), read as the job reads them: rows by number and"
            + " joined text, States, and the position as stated response. Needs no Spark.",
        ""})
final class EvaluateExtractionCommand implements Callable<Integer> {

  @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared",
      description = "The shared data folder. Default: ${DEFAULT-VALUE}.")
  Path shared;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write every figure, per report, as JSON.")
  Path json;

  @Option(names = "--seed-gold", paramLabel = "CSV",
      defaultValue = "src/test/resources/org/uprlens/extract/seed-gold.csv",
      description = "Our annotation of the seeds (offsets and labels). Default: ${DEFAULT-VALUE}.")
  Path seedGold;

  @Option(names = "--pdf", description = "Also lay the Working Group reports of (b) out as UN PDFs (document symbol as"
      + " running head, page numbers, job number, paragraph numbers hanging in the margin, wrapped lines) and score"
      + " them read as PDFs: (b'). About 20 s more.")
  boolean pdf;

  @Option(names = "--worst", paramLabel = "N", defaultValue = "10",
      description = "How many of the worst reports to list. Default: ${DEFAULT-VALUE}.")
  int worst;

  @Option(names = "--verbose", description = "Print the stack trace of a failure.")
  boolean verbose;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path data = shared.resolve("data/upr");
    if (!Files.isDirectory(data)) {
      throw new IllegalArgumentException("no data/upr folder under --shared " + shared.toAbsolutePath());
    }
    PrintWriter out = spec.commandLine().getOut();
    Map<String, Object> report = new LinkedHashMap<>();

    Path eswatiniCsv = data.resolve("extraction/huridocs_eswatini_wg_paragraphs.csv");
    if (Files.exists(eswatiniCsv)) {
      Result eswatini = ExtractionEvaluation.eswatini(eswatiniCsv);
      out.println("(a) HURIDOCS Eswatini paragraphs");
      print(out, "    ", eswatini);
      report.put("huridocs_eswatini", toMap(eswatini));
    }

    Path reports = data.resolve("documents/wg_reports_2008_2014");
    Path gold = data.resolve("recommendations/wg_reports_parsed_2008-2014.csv");
    if (Files.isDirectory(reports) && Files.exists(gold)) {
      report.put("wg_reports_2008_2014", workingGroupReports(out, "(b) Working Group reports 2008-2014", reports, gold,
          false));
      if (pdf) {
        report.put("wg_reports_2008_2014_as_pdf", workingGroupReports(out,
            "(b') the same reports laid out as UN PDFs and read as PDFs", reports, gold, true));
      }
    }
    Path seeds = shared.resolve("seeds");
    if (Files.isDirectory(seeds) && Files.exists(seedGold)) {
      var result = ExtractionEvaluation.seeds(seeds, ExtractionEvaluation.readSeedGold(seedGold));
      var sc = result.sentences();
      int n = result.matched();
      out.println("(c) seed gold (" + seedGold + ")");
      out.printf("    sentences P %.4f R %.4f F1 %.4f (tp %d fp %d fn %d) | on the %d found: actor %.4f, target %.4f,"
              + " verb %.4f, stated response %.4f%n", sc.precision(), sc.recall(), sc.f1(), sc.tp(), sc.fp(), sc.fn(),
          n, result.actorAccuracy(), ratio(result.targetsRight(), n), ratio(result.verbsRight(), n),
          ratio(result.supportRight(), n));
      Map<String, Object> seedMap = new LinkedHashMap<>();
      seedMap.put("sentences", scoreMap(sc));
      seedMap.put("actor_accuracy", result.actorAccuracy());
      seedMap.put("target_accuracy", ratio(result.targetsRight(), n));
      seedMap.put("verb_accuracy", ratio(result.verbsRight(), n));
      seedMap.put("support_stated_accuracy", ratio(result.supportRight(), n));
      report.put("seed_gold", seedMap);
    }
    Path matrixCsv = data.resolve("recommendations/ohchr_thematic_matrices.csv");
    if (Files.exists(matrixCsv)) {
      List<Result> results = ExtractionEvaluation.matrices(matrixCsv);
      Result total = ExtractionEvaluation.total("overall", results);
      out.println("(d) OHCHR matrix rows laid out as a Word matrix and read as the job reads it (rows: number and"
          + " joined texts)");
      for (Result r : results) {
        print(out, "    ", r);
      }
      out.printf("    stated response (the position column) agrees with the gold on %.4f of the %d rows found%n",
          total.responseAgreement(), total.responsesCompared());
      report.put("ohchr_matrices", overallAndEach(total, "reviews", results));
    }
    out.flush();
    if (json != null) {
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), report);
    }
    return 0;
  }

  private Map<String, Object> workingGroupReports(PrintWriter out, String title, Path reports, Path gold, boolean asPdf)
      throws java.io.IOException {
    long t0 = System.nanoTime();
    List<Result> results = ExtractionEvaluation.workingGroupReports(reports, gold, asPdf);
    double seconds = (System.nanoTime() - t0) / 1e9;
    Result total = ExtractionEvaluation.total("overall", results);
    long unscored = results.stream().filter(r -> r.note() != null && !r.note().startsWith("not read")).count();
    long unread = results.stream().filter(r -> r.note() != null && r.note().startsWith("not read")).count();
    out.printf("%s: %d files, %d scored, %d without gold rows, %d not read (%.1f s)%n", title, results.size(),
        results.size() - unscored, unscored, unread, seconds);
    print(out, "    ", total);
    out.printf("    stated response (Supported / Noted / none, as printed in the report) agrees with the gold on"
        + " %.4f of the %d matched texts%n", total.responseAgreement(), total.responsesCompared());
    out.printf("    %d worst reports:%n", worst);
    for (Result r : ExtractionEvaluation.worst(results, worst)) {
      print(out, "      ", r);
    }
    out.flush();
    return overallAndEach(total, "reports", results);
  }

  private static void print(PrintWriter out, String indent, Result r) {
    var rec = r.recommendations();
    var st = r.states();
    out.printf("%s%-40s recommendations P %.4f R %.4f F1 %.4f (tp %d fp %d fn %d) | states P %.4f R %.4f F1 %.4f"
            + "%s%n", indent, r.name(), rec.precision(), rec.recall(), rec.f1(), rec.tp(), rec.fp(), rec.fn(),
        st.precision(), st.recall(), st.f1(), r.note() == null ? "" : " [" + r.note() + "]");
  }

  /** {"overall": total, each: [every result]}, for the JSON. */
  private static Map<String, Object> overallAndEach(Result total, String each, List<Result> results) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("overall", toMap(total));
    List<Object> all = new ArrayList<>();
    results.forEach(r -> all.add(toMap(r)));
    m.put(each, all);
    return m;
  }

  private static double ratio(int right, int n) {
    return n == 0 ? 0 : (double) right / n;
  }

  private static Map<String, Object> toMap(Result r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", r.name());
    m.put("recommendations", scoreMap(r.recommendations()));
    m.put("recommending_states", scoreMap(r.states()));
    if (r.responsesCompared() > 0) {
      m.put("stated_response_agreement", r.responseAgreement());
    }
    if (r.note() != null) {
      m.put("note", r.note());
    }
    return m;
  }

  private static Map<String, Object> scoreMap(ExtractionEvaluation.Score s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("precision", s.precision());
    m.put("recall", s.recall());
    m.put("f1", s.f1());
    m.put("tp", s.tp());
    m.put("fp", s.fp());
    m.put("fn", s.fn());
    return m;
  }
}
