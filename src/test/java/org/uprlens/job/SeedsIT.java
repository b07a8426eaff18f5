package org.uprlens.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uprlens.cli.Main;

/** The job over the real seed documents in ../shared/seeds (skipped when they are absent). */
class SeedsIT {
  @TempDir
  static Path dir;
  static Path seeds;
  static Path output;

  @BeforeAll
  static void runJob() {
    seeds = Shared.require("seeds");
    output = dir.resolve("out");
    assertEquals(0, Main.execute("classify", "--input", seeds.toString(), "--output", output.toString()));
  }

  @Test
  void theCompilationYieldsRecommendationsWithActors() throws Exception {
    try (Duck duck = new Duck()) {
      String recs = Duck.table(output, "recommendations") + " WHERE path LIKE '%/004_%'";
      long n = duck.count("SELECT count(*) FROM " + recs);
      assertTrue(n >= 80, n + " recommendations in the compilation");
      long withActor = duck.count("SELECT count(*) FROM " + recs + " AND actor IS NOT NULL");
      assertTrue(withActor >= n * 0.95, withActor + " of " + n + " with an actor");
      long committees = duck.count("SELECT count(DISTINCT actor) FROM " + recs + " AND actor LIKE 'Committee %'");
      assertTrue(committees >= 4, committees + " distinct committees");
    }
  }

  @Test
  void noRecommendationComesFromTheFootnoteBlock() throws Exception {
    Path compilation;
    try (var files = Files.list(seeds)) {
      compilation = files.filter(p -> p.getFileName().toString().startsWith("004_")).findFirst().orElseThrow();
    }
    String text = Files.readString(compilation);
    // The notes begin after the last numbered paragraph: at the first treaty-body document symbol after it.
    Matcher last = Pattern.compile("(?m)^\\s*(\\d{1,3})\\.\\s+[A-Z]").matcher(text);
    int lastParagraph = 0;
    while (last.find()) {
      lastParagraph = last.start();
    }
    Matcher note = Pattern.compile("(?m)^\\s*(CERD|CEDAW|CAT|CRPD|CCPR|CRC)/").matcher(text);
    assertTrue(note.find(lastParagraph), "the compilation ends with a block of notes");
    int notes = note.start();
    try (Duck duck = new Duck()) {
      List<Map<String, Object>> late = duck.rows("SELECT char_start, text FROM "
          + Duck.table(output, "recommendations") + " WHERE path LIKE '%/004_%' AND char_end > " + notes);
      assertEquals(List.of(), late);
    }
  }

  @Test
  void statementsNameTheOrganisationThatCallsForAction() throws Exception {
    try (Duck duck = new Duck()) {
      long hrw = duck.count("SELECT count(*) FROM " + Duck.table(output, "recommendations")
          + " WHERE path LIKE '%/000_%' AND actor = 'Human Rights Watch' AND verb IN ('call', 'urge')");
      assertEquals(2, hrw);
    }
  }
}
