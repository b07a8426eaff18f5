package org.uprlens.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uprlens.Sha256;

class TrainingSetTest {
  @TempDir
  Path dir;

  @Test
  void readsQuotedFieldsListsAndOptionalLabels() throws IOException {
    Path csv = csv("t.csv",
        "id,text,themes,response,action_category,state_under_review,session,extra",
        "a,\"Adopt a law, promptly, on \"\"hate speech\"\"\",Racial discrimination|Justice,Noted,5,Ruritania,41,x",
        "b,Continue efforts,,,,Ruritania,41,",
        "c,   ,Other,Supported,2,Ruritania,41,");
    TrainingSet set = TrainingSet.load(List.of(csv));
    assertEquals(2, set.examples().size(), "rows without text are skipped");
    TrainingExample a = set.examples().get(0);
    assertEquals("Adopt a law, promptly, on \"hate speech\"", a.text());
    assertEquals(List.of("Racial discrimination", "Justice"), a.issues());
    assertEquals("Noted", a.response());
    assertEquals(5, a.actionCategory());
    assertEquals("Ruritania|41", a.review());
    TrainingExample b = set.examples().get(1);
    assertEquals(List.of(), b.issues());
    assertNull(b.response());
    assertNull(b.actionCategory());
    assertEquals(Sha256.of(csv), set.files().get(0).sha256());
    assertEquals(2, set.files().get(0).rows());
  }

  @Test
  void theOrganisationsOfTheStateUnderReviewAndOfALoneRecommenderAreRead() throws IOException {
    Path csv = csv("o.csv",
        "text,themes,response,state_under_review,state_under_review_iso3,session,recommending_states,"
            + "recommending_states_iso3,sur_orgs,recommending_orgs",
        "Ratify it,Justice,Noted,Senegal,SEN,4,France,FRA,AU|OIC|OIF,EU|OIF",
        "Adopt it,Justice,Noted,Senegal,SEN,4,France|Chile,FRA|CHL,AU|OIC|OIF,EU|OIF|OAS",
        "Repeal it,Justice,Noted,Senegal,SEN,4,,,,");
    List<TrainingExample> rows = TrainingSet.load(List.of(csv)).examples();
    assertEquals(Map.of("SEN", List.of("AU", "OIC", "OIF"), "FRA", List.of("EU", "OIF")), rows.get(0).memberships());
    assertEquals(Map.of("SEN", List.of("AU", "OIC", "OIF")), rows.get(1).memberships(),
        "two recommenders: whose organisations are whose is not said");
    assertEquals(Map.of(), rows.get(2).memberships());
  }

  @Test
  void themesOfAnotherTaxonomyAreUnknownIssuesAndRowsSeenInUprInfoAreSaid() throws IOException {
    Path csv = csv("m.csv",
        "text,themes,theme_taxonomy,response,state_under_review,session,overlaps_upr_info_ids",
        "Ratify it,Acceptance of international norms,uhri_coded_2014,Supported,Ruritania,17,uprinfo-s17-0001",
        "Adopt it,Justice,upr_info_issues,Noted,Ruritania,17,",
        "Review it,Justice,,Noted,Ruritania,17,",
        "Repeal it,Justice,,Noted,Ruritania,18,");
    TrainingSet set = TrainingSet.load(List.of(csv));
    assertEquals(List.of(List.of(), List.of("Justice"), List.of("Justice"), List.of("Justice")),
        set.examples().stream().map(TrainingExample::issues).toList());
    assertEquals("Supported", set.examples().get(0).response(), "the response still counts");
    assertEquals(2, set.warnings().size(), set.warnings()::toString);
    assertTrue(set.warnings().get(0).contains("uhri_coded_2014"), set.warnings().get(0));
    assertTrue(set.warnings().get(1).startsWith("m.csv: 1 rows are the same recommendations"), set.warnings().get(1));
    // Counted among the rows kept: the repeated row is of session 17.
    assertTrue(TrainingSet.load(List.of(csv), Sessions.parse("18")).warnings().stream()
        .noneMatch(w -> w.contains("same recommendations")), "no repeated row in session 18");
  }

  @Test
  void keepsOnlyTheSessionsAskedForAndRecordsTheRange() throws IOException {
    Path csv = csv("s.csv",
        "text,themes,response,state_under_review,session",
        "Ratify it,,Supported,Ruritania,17",
        "Adopt it,,Noted,Ruritania,18",
        "Consider it,,Noted,Freedonia,19",
        "Review it,,Noted,Freedonia,n/a");
    TrainingSet earlier = TrainingSet.load(List.of(csv), Sessions.parse("17-18"));
    assertEquals(List.of("17", "18"), earlier.examples().stream().map(TrainingExample::session).toList());
    assertEquals("17-18", earlier.files().get(0).sessions());
    assertEquals(2, earlier.files().get(0).rows());
    assertEquals(List.of("19"), TrainingSet.load(List.of(csv), Sessions.parse("19-")).examples().stream()
        .map(TrainingExample::session).toList());
    assertNull(TrainingSet.load(List.of(csv)).files().get(0).sessions(), "no range: every row, none named");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TrainingSet.load(List.of(csv), Sessions.parse("20")));
    assertTrue(e.getMessage().contains("no rows of sessions 20"), e.getMessage());
  }

  @Test
  void sessionRangesParseAndSayWhatIsWrong() {
    assertEquals(new Sessions(19, 19), Sessions.parse("19"));
    assertEquals(new Sessions(1, 18), Sessions.parse(" 1 - 18 "));
    assertEquals(new Sessions(17, Integer.MAX_VALUE), Sessions.parse("17-"));
    assertEquals("17-", Sessions.parse("17-").toString());
    assertTrue(Sessions.parse("17-").contains("41"));
    assertTrue(!Sessions.parse("1-18").contains("19") && !Sessions.parse("1-18").contains(null));
    for (String bad : List.of("", "x", "18-1", "0-3", "-5", "1,2")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sessions.parse(bad), bad);
      assertTrue(e.getMessage().contains("session"), e.getMessage());
    }
  }

  @Test
  void aMissingColumnOrBadLabelSaysWhatToFix() throws IOException {
    Path noThemes = dir.resolve("n.csv");
    Files.writeString(noThemes, "text,response,state_under_review,session\nAdopt a law,Noted,R,1\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TrainingSet.load(List.of(noThemes)));
    assertTrue(e.getMessage().contains("missing column 'themes'"), e.getMessage());

    Path badResponse = dir.resolve("b.csv");
    Files.writeString(badResponse, "text,themes,response,state_under_review,session\nAdopt,Other,Accepted,R,1\n");
    e = assertThrows(IllegalArgumentException.class, () -> TrainingSet.load(List.of(badResponse)));
    assertTrue(e.getMessage().contains("Supported, Noted or empty"), e.getMessage());
  }

  /** A CSV file of these lines in the test's folder. */
  private Path csv(String name, String... lines) throws IOException {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }

  @Test
  void theProjectsExamplesCoverAllIssues() {
    TrainingSet set = TinyModel.examples();
    assertTrue(set.examples().size() >= 100);
    assertEquals(54, set.examples().stream().flatMap(r -> r.issues().stream()).distinct().count());
  }
}
