package org.uprlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Layouts written for these tests after the pattern of UN reports. */
class OutlineReaderTest {

  @Test
  void compilationParagraphsAndNumberedHeadingsAreToldApart() {
    String text = """
        I. Background
        1. The present report was prepared pursuant to Human Rights Council resolutions and
        takes into account the outcome of the previous review.
        II. Scope of international obligations and cooperation with
        human rights mechanisms
        2. The Committee encouraged the State to ratify the Convention.
        3. The country team recommended that the State align its law.
        B. Civil and political rights
        1. Equality and non-discrimination
        4. The Committee recommended adopting a comprehensive anti-discrimination law, which
        would cover all grounds.
        2. Right to life, liberty and security of person
        5. The same Committee urged the State to investigate all allegations of torture.
        """;
    Outline outline = OutlineReader.read(text);
    int p4 = text.indexOf("The Committee recommended adopting");
    assertEquals("4", outline.paragraphAt(p4));
    assertEquals("1. Equality and non-discrimination", outline.sectionAt(p4));
    int p5 = text.indexOf("The same Committee urged");
    assertEquals("5", outline.paragraphAt(p5));
    assertEquals("2. Right to life, liberty and security of person", outline.sectionAt(p5));
    assertEquals("II. Scope of international obligations and cooperation with",
        outline.sectionAt(text.indexOf("The Committee encouraged")));
    assertNull(outline.paragraphAt(text.indexOf("Background")));
  }

  @Test
  void workingGroupRecommendationsAreSubParagraphs() {
    String text = """
        Contents
        II. Conclusions and/or recommendations ........................ 90-92 15
        89. The delegation thanked the States for their questions.
        II. Conclusions and/or recommendations
        90. The following recommendations will be examined by the State:
        90.1 Ratify the Optional Protocol to the Convention against Torture (Freedonia);
        90.2 Strengthen the national human rights institution (Ruritania);
        91. All conclusions and/or recommendations reflect the position of the submitting States.
        """;
    Outline outline = OutlineReader.read(text);
    int r2 = text.indexOf("Strengthen the national");
    assertEquals("90.2", outline.paragraphAt(r2));
    assertEquals("II. Conclusions and/or recommendations", outline.sectionAt(r2));
    assertEquals("89", outline.paragraphAt(text.indexOf("The delegation thanked")));
    assertNull(outline.sectionAt(text.indexOf("The delegation thanked")));
  }

  @Test
  void trailingCitationsAreTheFootnoteBlock() {
    String text = """
        75. The Committee recommended that the State adopt legislation to ensure that migrant
        children obtained legal recognition and access to social protection.
        76. The Committee recommended that the State review the law on citizenship so that its
        application did not result in statelessness and that all children were registered at birth
        without discrimination of any kind.
        CERD/C/XYZ/CO/8-10, para. 45.
        CRPD/C/XYZ/CO/1, para. 64.
        Ibid., paras. 9 (a) and 10.
        See https://www.example.org/statements/2023/visit-
        concludes.
        United Nations country team submission, para. 1.
        """;
    Outline outline = OutlineReader.read(text);
    assertEquals(Outline.FOOTNOTES, outline.sectionAt(text.indexOf("Ibid.")));
    assertEquals(Outline.FOOTNOTES, outline.sectionAt(text.indexOf("CERD/C/XYZ")));
    assertEquals("76", outline.paragraphAt(text.indexOf("without discrimination")));
    assertNull(outline.sectionAt(text.indexOf("without discrimination")));

    String withHeading = "12. The State should act. It was urged to act.\n13. More text here, and more.\n"
        + "Notes\n1 A/HRC/1/2, para. 3.\n";
    assertEquals(Outline.FOOTNOTES, OutlineReader.read(withHeading).sectionAt(withHeading.indexOf("1 A/HRC")));
  }
}
