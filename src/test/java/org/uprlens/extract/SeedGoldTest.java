package org.uprlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uprlens.job.Shared;

/**
 * Extraction against our own annotation of ../shared/seeds (offsets and labels in seed-gold.csv; the text is read
 * from ../shared at test time, so the repository holds none of it). Skipped when ../shared is absent.
 */
class SeedGoldTest {
  static final Path GOLD = Path.of("src/test/resources/org/uprlens/extract/seed-gold.csv");

  @Test
  void recommendationSentencesAndActorsMeetTheBars() throws Exception {
    Path seeds = Shared.require("seeds");
    List<ExtractionEvaluation.SeedGold> gold = ExtractionEvaluation.readSeedGold(GOLD);
    ExtractionEvaluation.SeedResult result = ExtractionEvaluation.seeds(seeds, gold);
    System.out.printf("seed gold: sentences P %.3f R %.3f F1 %.3f, actor accuracy %.3f (%d of %d), targets %d,"
            + " verbs %d, stated responses %d%n", result.sentences().precision(), result.sentences().recall(),
        result.sentences().f1(), result.actorAccuracy(), result.actorsRight(), result.matched(),
        result.targetsRight(), result.verbsRight(), result.supportRight());
    assertTrue(result.sentences().f1() >= 0.95, result.toString());
    assertTrue(result.actorAccuracy() >= 0.95, result.toString());
  }

  @Test
  void everyStatedResponseInTheStatementsIsFound() throws Exception {
    Path seeds = Shared.require("seeds");
    List<ExtractionEvaluation.SeedGold> stated = ExtractionEvaluation.readSeedGold(GOLD).stream()
        .filter(g -> g.supportStated() != null).toList();
    ExtractionEvaluation.SeedResult result = ExtractionEvaluation.seeds(seeds, stated);
    assertEquals(stated.size(), result.matched());
    assertEquals(stated.size(), result.supportRight());
  }

  @Test
  void goldOffsetsAreOrderedSpans() throws Exception {
    for (ExtractionEvaluation.SeedGold g : ExtractionEvaluation.readSeedGold(GOLD)) {
      assertTrue(g.start() < g.end(), g.toString());
    }
  }
}
