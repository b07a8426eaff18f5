package org.uprlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Matrix text as ingest gives a Word table: every cell a paragraph of its own, rows in order. Texts written here. */
class ThematicMatrixTest {
  private static final String MATRIX = """
      UPR of Ghana (4th Cycle – 42nd session)

      Thematic list of recommendations

      Recommendation

      Position

      Full list of themes

      Theme: A41 Constitutional and legislative framework

      37.14 Adopt the bill on the rights of persons with disabilities and allocate funds to carry it out (Kenya) \
      (Lesotho);

      Source of position: A/HRC/53/9/Add.1 - Para. 3

      Supported

      A41 Constitutional and legislative framework
      F4 Persons with disabilities

      Affected persons:

      - persons with disabilities

      37.2 Decriminalize consensual same-sex relations between adults (Canada); Repeal section 104 of
      the Criminal Offences Act (Iceland);

      Source of position: A/HRC/53/9/Add.1 - Para. 4

      Noted

      A41 Constitutional and legislative framework

      Theme: D51 Administration of justice and fair trial

      37.9. Reduce the length of pre-trial detention (Italy);

      Supported/Noted

      D51 Administration of justice and fair trial

      37.10 Strengthen legal aid in rural districts (Nigeria);

      Pending

      37.11

      Adopt a national action plan on business and human rights (Norway);

      Supported*
      """;

  @Test
  void everyRowIsItsTextsWithTheirStatesPositionAndTheme() {
    List<WorkingGroupList.Item> items = ThematicMatrix.parse(MATRIX, "Ghana");
    assertEquals(List.of("37.14", "37.2", "37.2", "37.9", "37.10", "37.11"),
        items.stream().map(WorkingGroupList.Item::paragraph).toList());
    WorkingGroupList.Item first = items.get(0);
    assertEquals("Adopt the bill on the rights of persons with disabilities and allocate funds to carry it out",
        first.text());
    assertEquals(List.of("Kenya", "Lesotho"), first.states());
    assertEquals("Supported", first.supportStated());
    assertEquals("position: Supported (source of position: A/HRC/53/9/Add.1 - Para. 3)", first.supportEvidence());
    assertEquals("A41 Constitutional and legislative framework", first.section());
    assertEquals("Ghana", first.reviewed());
    assertEquals(MATRIX.indexOf("Adopt the bill"), first.begin());
  }

  @Test
  void aBundledRowGivesOneTextPerStateGroupWithTheRowsPosition() {
    List<WorkingGroupList.Item> items = ThematicMatrix.parse(MATRIX, "Ghana");
    assertEquals("Decriminalize consensual same-sex relations between adults", items.get(1).text());
    assertEquals(List.of("Canada"), items.get(1).states());
    assertEquals("Repeal section 104 of the Criminal Offences Act", items.get(2).text());
    assertEquals(List.of("Iceland"), items.get(2).states());
    assertEquals("Noted", items.get(1).supportStated());
    assertEquals("Noted", items.get(2).supportStated());
  }

  @Test
  void positionsAreResponsesToTheReportTheSourceOfPositionNames() {
    List<AddendumResponses.Response> responses = ThematicMatrix.responses(MATRIX);
    assertEquals(List.of("37.14", "37.2"), responses.stream().map(AddendumResponses.Response::paragraph).toList());
    assertEquals(List.of("A/HRC/53/9", "A/HRC/53/9"),
        responses.stream().map(AddendumResponses.Response::report).toList());
    assertEquals(List.of("Supported", "Noted"), responses.stream().map(AddendumResponses.Response::support).toList());
  }

  @Test
  void partlySupportedIsNotedAndPendingIsUnknown() {
    List<WorkingGroupList.Item> items = ThematicMatrix.parse(MATRIX, "Ghana");
    assertEquals("Reduce the length of pre-trial detention", items.get(3).text());
    assertEquals("Noted", items.get(3).supportStated());
    assertEquals("D51 Administration of justice and fair trial", items.get(3).section());
    assertNull(items.get(4).supportStated());
    assertNull(items.get(4).supportEvidence());
  }

  @Test
  void aNumberAloneOnItsLineStartsTheRowBelowAndAStarredPositionCounts() {
    WorkingGroupList.Item last = ThematicMatrix.parse(MATRIX, "Ghana").get(5);
    assertEquals("Adopt a national action plan on business and human rights", last.text());
    assertEquals(List.of("Norway"), last.states());
    assertEquals("Supported", last.supportStated());
  }

  /** The same kind of rows as a PDF prints them: a row's cells side by side, long cells wrapped. */
  private static final String PDF_MATRIX = """
      UPR of Ghana (4th Cycle – 42nd session)
      Thematic list of recommendations
      Recommendation Position Full list of themes
      Theme: D25 Prohibition of torture and cruel, inhuman or
      degrading treatment
      37.20 Investigate all reports of torture by the police
      (Sweden);
      Source of position: A/HRC/53/9/Add.1 - Para. 3
      Supported/
      Noted D25 Prohibition of torture
      37.21 Ratify the Optional Protocol to the Convention
      against Torture (Chile);
      Source of position: A/HRC/53/9/Add.1 - Para. 3
      Noted* A12 Acceptance of
      international norms
      """;

  @Test
  void aPdfsSideBySideCellsAndWrappedPositionsAndThemesAreRead() {
    List<WorkingGroupList.Item> items = ThematicMatrix.parse(PDF_MATRIX, "Ghana");
    assertEquals(List.of("37.20", "37.21"), items.stream().map(WorkingGroupList.Item::paragraph).toList());
    assertEquals("Investigate all reports of torture by the police", items.get(0).text());
    assertEquals("Noted", items.get(0).supportStated());
    assertEquals("position: Supported/Noted (source of position: A/HRC/53/9/Add.1 - Para. 3)",
        items.get(0).supportEvidence());
    assertEquals("D25 Prohibition of torture and cruel, inhuman or degrading treatment", items.get(0).section());
    assertEquals(List.of("Chile"), items.get(1).states());
    assertEquals("Noted", items.get(1).supportStated());
    assertEquals("position: Noted* (source of position: A/HRC/53/9/Add.1 - Para. 3)", items.get(1).supportEvidence());
  }
}
