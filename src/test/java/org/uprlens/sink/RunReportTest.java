package org.uprlens.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run report from counts, as {@code RunReports} reads them from a run's tables. */
class RunReportTest {
  private static final RunManifest RUN = new RunManifest("2026-11-24T050000Z-abcd1234", "2026-11-24T05:00:00.123Z",
      "2026-11-24T05:00:09Z", 9.0, List.of("in/"), "file:/out", "local[*]",
      new RunManifest.Counts(4, 3, 40, 1), Map.of("damaged", 1L),
      new RunManifest.Model("uprlens-default-2.2", "dc6a", "bundled"), Map.of(), Map.of(), Map.of(), Map.of(),
      Map.of(), Map.of());

  private static RunReport.Count count(String of, String key, String key2, long rows, long sum1) {
    return new RunReport.Count(of, key, key2, rows, sum1, 0, 0);
  }

  @Test
  void tablesAreOrderedByRowsAndLongListsAreCut() {
    List<RunReport.Count> counts = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      counts.add(count("state", "State " + (char) ('A' + i), null, i, 0));
    }
    counts.add(count("kind", "compilation", null, 1, 30));
    counts.add(count("kind", "working_group_report", null, 2, 10));
    String md = RunReport.of(RUN, counts).markdown();
    assertTrue(md.contains("| working_group_report | 2 | 10 | 0 | 0 |\n| compilation | 1 | 30 | 0 | 0 |"), md);
    assertTrue(md.contains("| State U | 20 |"), md);
    assertTrue(md.contains("| State G | 6 |"), "the 15th State: " + md);
    assertTrue(!md.contains("| State F | 5 |"), "the 16th is cut: " + md);
    assertTrue(md.contains("Started 2026-11-24T05:00:00Z"), md);
    assertTrue(md.contains("4 input files: 3 documents, 40 recommendations, 1 rejects"), md);
  }

  @Test
  void meansComeFromThousandthsAndShortScalesKeepTheirOrder() {
    String md = RunReport.of(RUN, List.of(
        count("action", "5", null, 2, 1_800), count("action", "2", null, 8, 7_200),
        count("support", "Supported", "Noted", 1, 400), count("support", "Noted", "Noted", 4, 1_000),
        count("reject", "damaged", "in/cut.pdf", 1, 0))).markdown();
    assertTrue(md.contains("| 2 | 8 | 0.90 |\n| 5 | 2 | 0.90 |"), md);
    assertTrue(md.contains("| Noted | Noted | 4 | 0.25 |\n| Supported | Noted | 1 | 0.40 |"), md);
    assertTrue(md.contains("| damaged | 1 | in/cut.pdf |"), md);
  }

  @Test
  void talliesOfPartitionsMergeWhateverTheOrder() {
    RunReport.Tally a = new RunReport.Tally();
    a.add("support", "Noted", "Noted", 250, 0, 0);
    a.add("reject", "damaged", null, 0, 0, 0);
    a.example("reject", "damaged", "in/z.pdf");
    RunReport.Tally b = new RunReport.Tally();
    b.add("support", "Noted", "Noted", 350, 0, 0);
    b.add("reject", "damaged", null, 0, 0, 0);
    b.example("reject", "damaged", "in/a.pdf");
    List<RunReport.Count> ab = new RunReport.Tally().merge(a).merge(b).counts();
    List<RunReport.Count> ba = new RunReport.Tally().merge(b).merge(a).counts();
    assertEquals(java.util.Set.copyOf(ab), java.util.Set.copyOf(ba));
    assertTrue(ab.contains(new RunReport.Count("support", "Noted", "Noted", 2, 600, 0, 0)), ab::toString);
    assertTrue(ab.contains(new RunReport.Count("reject", "damaged", "in/a.pdf", 2, 0, 0, 0)), ab::toString);
  }

  @Test
  void anEmptyTableSaysSoAndACellCannotBreakItsRow() {
    String md = RunReport.of(RUN, List.of(count("actor", "JS1 | JS2", "ngo", 3, 0))).markdown();
    assertTrue(md.contains("| JS1 \\| JS2 | ngo | 3 |"), md);
    assertTrue(md.contains("## Rejected files\n\nEvery input is a document or a reject; the reason says what to fix."
        + "\n\n(none)"), md);
    assertEquals(10, md.split("\n## ").length - 1, "ten sections");
  }
}
