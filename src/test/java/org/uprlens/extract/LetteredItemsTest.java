package org.uprlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.uprlens.extract.Extracting.extract;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.uprlens.ingest.DocKind;

/** Recommendations that list their asks as (a), (b), ..., on texts written for these tests. */
class LetteredItemsTest {
  private static List<String> words(String text, List<int[]> spans) {
    return spans.stream().map(s -> text.substring(s[0], s[1])).toList();
  }

  @Test
  void itemsInOrderWithoutTheListsPunctuation() {
    String text = "recommends that the State party:\n(a) Adopt the law;\n(b) Ensure that it applies; and\n"
        + "(c) Report on it.";
    assertEquals(List.of("Adopt the law", "Ensure that it applies", "Report on it"),
        words(text, LetteredItems.in(text, 0, text.length())));
    String inline = "urged Ruritania to: (a) free the lawyers; (b) end torture; or (c) explain why not.";
    assertEquals(List.of("free the lawyers", "end torture", "explain why not"),
        words(inline, LetteredItems.in(inline, 0, inline.length())));
  }

  @Test
  void romanNumeralsMarkItemsWhenTheListOpensWithThem() {
    String roman = "recommends that Ruritania: (i) free the lawyers; (ii) end torture; and (iii) ratify the Protocol.";
    assertEquals(List.of("free the lawyers", "end torture", "ratify the Protocol"),
        words(roman, LetteredItems.in(roman, 0, roman.length())));
    String lettered = "recommends: (a) A; (b) B, including: (i) B1; (ii) B2; (c) C; (d) D; (e) E; (f) F; (g) G;"
        + " (h) H; (i) I.";
    List<String> items = words(lettered, LetteredItems.in(lettered, 0, lettered.length()));
    assertEquals(9, items.size(), "after (h), '(i)' is the ninth letter; Roman sub-items stay in their item");
    assertEquals(List.of("B, including: (i) B1; (ii) B2", "I"), List.of(items.get(1), items.get(8)));
  }

  @Test
  void aFollowingLeadInRunsUnmarkedItemsOnOneLine() {
    String text = " the following measures: to open the archives; to compensate the victims; and to apologise.";
    assertEquals(List.of("to open the archives", "to compensate the victims", "to apologise"),
        words(text, LetteredItems.following(text, 0, text.length())));
    String one = " the following: open the archives.";
    assertEquals(List.of(), LetteredItems.following(one, 0, one.length()), "one ask is no list");
    List<Recommendation> found = extract("The Ombudsman recommended the following: to open the archives; to"
        + " compensate the victims.\nThe Ombudsman also recommended the following: publish the report.",
        DocKind.STAKEHOLDER_SUMMARY);
    assertEquals(List.of("Open the archives", "Compensate the victims", "Publish the report."),
        found.stream().map(Recommendation::request).toList());
    assertEquals(List.of("open", "compensate", "publish"), found.stream().map(Recommendation::action).toList(),
        "'following' is not what is asked");
  }

  @Test
  void aFirstItemMarkedInsideTheSentenceOpensTheList() {
    String text = " that Ruritania (a) ensure that detainees see a lawyer; and (b) establish a preventive mechanism.";
    assertEquals(List.of("ensure that detainees see a lawyer", "establish a preventive mechanism"),
        words(text, LetteredItems.in(text, 0, text.length())));
    String cited = " under article 2 (a) and (b) of the Convention.";
    assertEquals(List.of(), LetteredItems.in(cited, 0, cited.length()), "a citation of paragraphs lists no asks");
  }

  @Test
  void itemsAfterToOrADashAndAModalsInterAliaListAreEachAnAsk() {
    List<Recommendation> found = extract("JS1 recommended to: ratify the ICRMW; adopt a law on defenders.\n\nUNHCR"
        + " recommends that Ruritania: – Accede to the 1961 Convention; – Adopt a statelessness procedure.\n\nThe"
        + " Government of Ruritania should, inter alia: a) ratify the Protocol; b) establish a preventive mechanism.",
        DocKind.SUBMISSION);
    assertEquals(List.of("Ratify the ICRMW", "Adopt a law on defenders", "Accede to the 1961 Convention",
        "Adopt a statelessness procedure", "Ratify the Protocol", "Establish a preventive mechanism"),
        found.stream().map(Recommendation::request).toList());
    String bullets = " that:\n• Renews the mandate;\n• Calls on Ruritania to free the editors.";
    assertEquals(List.of(), LetteredItems.following(bullets, 0, bullets.length()),
        "bullets on lines of their own are a list the line reader finds");
  }

  @Test
  void aStatesStatementMakesTheFollowingRecommendationsCountedInWords() {
    String text = " that Ruritania: first, ratify the Protocol; secondly, repeal the law; and finally, free the"
        + " editors.";
    assertEquals(List.of("ratify the Protocol", "repeal the law", "free the editors"),
        words(text, LetteredItems.following(text, 0, text.length())), "the count in words is not the ask");
    List<Recommendation> found = extract("Germany makes the following recommendations to the Government of"
        + " Ruritania: first, to ratify the Second Optional Protocol; second, to repeal the sodomy provisions; and"
        + " third, to protect journalists.", DocKind.STATEMENT);
    assertEquals(List.of("Ratify the Second Optional Protocol", "Repeal the sodomy provisions",
        "Protect journalists"), found.stream().map(Recommendation::request).toList());
    assertEquals(List.of("Germany"), found.stream().map(Recommendation::actor).distinct().toList());
    assertEquals(List.of("Ruritania"), found.stream().map(Recommendation::target).distinct().toList());
  }

  @Test
  void numbersOrLettersBeforeABracketMarkItemsToo() {
    String numbered = "The EU recommends to Ruritania: 1) to ratify the Convention; 2) to repeal the death penalty; 3)"
        + " to free the lawyers.";
    assertEquals(List.of("to ratify the Convention", "to repeal the death penalty", "to free the lawyers"),
        words(numbered, LetteredItems.in(numbered, 0, numbered.length())));
    String lettered = "urged Ruritania to: a) free the lawyers; b) end torture.";
    assertEquals(List.of("free the lawyers", "end torture"), words(lettered, LetteredItems.in(lettered, 0,
        lettered.length())));
    String mixed = "urged Ruritania to: (a) free the lawyers; 2) end torture.";
    assertEquals(List.of(), LetteredItems.in(mixed, 0, mixed.length()), "one kind of mark per list");
    List<Recommendation> found = extract(numbered, DocKind.STATEMENT);
    assertEquals(List.of("Ratify the Convention", "Repeal the death penalty", "Free the lawyers"),
        found.stream().map(Recommendation::request).toList());
  }

  @Test
  void anItemsRomanSubItemsArePartOfIt() {
    String text = "recommends that the Government:\n(a) Adopt the law;\n(b) Fund the mechanism, including:\n"
        + "(i) Trained staff;\n(ii) Vehicles;\n(c) Report on it.";
    assertEquals(List.of("Adopt the law", "Fund the mechanism, including:\n(i) Trained staff;\n(ii) Vehicles",
        "Report on it"), words(text, LetteredItems.in(text, 0, text.length())));
  }

  @Test
  void aFrontedToNamesWhomTheItemsAsk() {
    List<Recommendation> found = extract("""
        12. To the international community, the Special Rapporteur recommends:
        (a) Funding the protection programme;
        (b) Raising the cases of defenders with Ruritania.
        """, DocKind.SPECIAL_PROCEDURE_REPORT);
    assertEquals(List.of("the international community", "the international community"),
        found.stream().map(Recommendation::target).toList());
  }

  @Test
  void aLoneLetterOrAReferenceIsNoList() {
    String one = "recommended that Ruritania: (a) adopt the law.";
    assertEquals(List.of(), LetteredItems.in(one, 0, one.length()));
    String reference = "recalled article 2 (b) and (c) of the Convention.";
    assertEquals(List.of(), LetteredItems.in(reference, 0, reference.length()));
  }

  @Test
  void concludingObservationsGiveOneRecommendationPerItemByTheCommittee() {
    String text = """
        Committee against Torture
        Concluding observations on the second periodic report of Ruritania

        10. The State party should:
        (a) Ensure that detainees have a lawyer from the outset of their detention;
        (b) Publicly and unambiguously condemn all acts of torture.

        11. The Committee recommends that the State party:
        (a) Investigate all complaints of torture promptly;
        (b) Provide victims with redress.
        """;
    List<Recommendation> found = extract(text, DocKind.OTHER);
    assertEquals(List.of("Ensure that detainees have a lawyer from the outset of their detention",
            "Publicly and unambiguously condemn all acts of torture", "Investigate all complaints of torture promptly",
            "Provide victims with redress"), found.stream().map(Recommendation::text).toList());
    assertEquals(List.of("ensure", "condemn", "investigate", "provide"),
        found.stream().map(Recommendation::action).toList());
    assertEquals(List.of("Committee against Torture"),
        found.stream().map(Recommendation::actor).distinct().toList());
    Recommendation first = found.get(0);
    assertEquals(first.text(), text.substring(first.charStart(), first.charEnd()), "its span is the item's");
  }

  @Test
  void aLongListIsReadFromItsTaggedOpening() {
    StringBuilder text = new StringBuilder("The Committee recommended that Ruritania:");
    for (char c = 'a'; c <= 'h'; c++) {
      text.append("\n(").append(c).append(") Adopt measure number ").append(c - 'a' + 1)
          .append(" to protect the rights of the children, women, migrants, refugees and persons with disabilities"
              + " who live in the rural districts of the country and in its capital city;");
    }
    List<Recommendation> found = extract(text.toString(), DocKind.COMPILATION);
    assertEquals(8, found.size(), "more than " + RecommendationExtractor.MAX_TOKENS + " tokens, still read");
    assertEquals("Committee", found.get(7).actor());
    String runOn = "The Committee recommended that Ruritania adopt " + "the law and the plan, ".repeat(60) + "now.";
    assertEquals(List.of(), extract(runOn, DocKind.COMPILATION), "a long sentence that lists nothing is a run-on");
  }
}
