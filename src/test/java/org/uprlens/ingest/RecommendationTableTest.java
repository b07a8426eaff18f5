package org.uprlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A CSV file read as a table of recommendations, on tables written for these tests. */
class RecommendationTableTest {
  private final DocumentReader reader = new DocumentReader(DocumentReader.Options.defaults());

  @Test
  void quotedCellsKeepSeparatorsLineBreaksAndQuotesAndTheirPlaceInTheText() {
    String text = "id,text\n7,\"Free the editors, now\"\n8,\"Say \"\"never\"\"\nagain\"\n\n9,Close the camp\n";
    CsvTable table = CsvTable.parse(text);
    assertEquals(List.of("id", "text"), table.header());
    assertEquals(List.of("Free the editors, now", "Say \"never\"\nagain", "Close the camp"),
        table.rows().stream().map(row -> row.get(1).value()).toList());
    CsvTable.Cell first = table.rows().get(0).get(1);
    assertEquals("Free the editors, now", text.substring(first.begin(), first.end()));
    assertEquals(List.of("recommending state s", "recommendation"),
        CsvTable.parse("Recommending State(s)\tRecommendation\nPeru\tRatify it\n").header(), "a tab-separated file");
  }

  @Test
  void aRowGivesItsTextMakersStateUnderReviewAndResponse() {
    List<RecommendationTable.Row> rows = RecommendationTable.read("""
        Paragraph;Recommendation;Recommending State;State under Review;Response
        12.1;Ratify the Convention against Torture;Peru|Chile;Malawi;Accepted
        12.2;Abolish the death penalty;NA;Malawi;Supported/Noted
        12.3;;Peru;Malawi;Noted
        """);
    assertEquals(2, rows.size(), "a row without a text is no recommendation");
    assertEquals(new RecommendationTable.Row(rows.get(0).begin(), rows.get(0).end(),
        "Ratify the Convention against Torture", "12.1", List.of("Peru", "Chile"), "Malawi", "Accepted"), rows.get(0));
    assertEquals(List.of(), rows.get(1).makers(), "NA is no maker");
  }

  @Test
  void anIndexOfEveryMechanismsRecommendationsNamesTheBodyAsMakerAndTheCountryAsTheStateAddressed() {
    List<RecommendationTable.Row> rows = RecommendationTable.read("""
        Annotation,Text,Body,Countries,Year
        Recommendation,Raise the minimum age of marriage to 18,CEDAW,Malawi,2023
        Recommendation,Adopt the draft law on legal aid (Portugal),UPR,Malawi,2024
        """);
    assertEquals(List.of("CEDAW"), rows.get(0).makers());
    assertEquals("Malawi", rows.get(0).reviewed());
    assertEquals(List.of(), rows.get(1).makers(), "a review's recommendation: its text names its makers");
    List<RecommendationTable.Row> byState = RecommendationTable.read("""
        Recommendation,State,Mechanism
        Fund legal aid,Portugal,UPR
        """);
    assertEquals(List.of("Portugal"), byState.get(0).makers(), "a State column beside a mechanism names the maker");
    assertEquals(null, byState.get(0).reviewed());
  }

  @Test
  void anIndexExportsTextIsItsAnnotationAndAReviewedCountryIsTheStateUnderReview() {
    List<RecommendationTable.Row> index = RecommendationTable.read("""
        Symbol,Mechanism,Country,Annotation,Themes
        CAT/C/PER/CO/7,CAT,Peru,The State party should investigate every death in custody.,Torture
        """);
    assertEquals("The State party should investigate every death in custody.", index.get(0).text());
    assertEquals(List.of("CAT"), index.get(0).makers(), "as listed; the job spells the body out");
    assertEquals("Peru", index.get(0).reviewed());
    List<RecommendationTable.Row> reviewed = RecommendationTable.read(
        "recommendation_text\trecommending_country\treviewed_country\nFund legal aid\tDenmark\tChile\n");
    assertEquals("Chile", reviewed.get(0).reviewed());
    assertEquals(List.of("Denmark"), reviewed.get(0).makers());
    List<RecommendationTable.Row> explorer = RecommendationTable.read("""
        Country,Cycle,Recommending State,Recommendation,Response
        Kenya,3,Germany,Ratify the Optional Protocol,Supported
        """);
    assertEquals("Kenya", explorer.get(0).reviewed(), "beside a column of makers, the country is the one reviewed");
    assertEquals(List.of("Germany"), explorer.get(0).makers());
  }

  @Test
  void aTextThatOpensWithItsReportsNumberGivesTheNumberWhenNoColumnDoes() {
    String csv = "Recommendation,Lead\n40.12 Adopt the bill,Ministry\n\"Abolish the 2 levies\",Ministry\n";
    List<RecommendationTable.Row> rows = RecommendationTable.read(csv);
    assertEquals(List.of("Adopt the bill", "Abolish the 2 levies"), rows.stream().map(RecommendationTable.Row::text)
        .toList());
    assertEquals(List.of("40.12", "2"), rows.stream().map(RecommendationTable.Row::id).toList(),
        "else the row's place among the rows");
    assertEquals("Adopt the bill", csv.substring(rows.get(0).begin(), rows.get(0).end()));
  }

  @Test
  void aCsvFileIsATableOfRecommendationsOrRejectedSayingWhichColumnIsMissing() {
    String csv = "text,recommending_states,state_under_review,response\n"
        + "Repeal the press law,Norway,Malawi,Noted\nFund legal aid,\"Peru|Chile\",Malawi,Supported\n";
    Document doc = assertInstanceOf(Document.class, reader.decode("recs.csv", csv.getBytes(StandardCharsets.UTF_8)));
    assertEquals(DocKind.TABLE, doc.info().kind());
    assertEquals(Format.CSV, doc.format());
    assertEquals("Malawi", doc.info().stateUnderReview(), "the one State all rows are on");
    assertEquals(csv, doc.text(), "a table is not cleaned as prose is");
    Reject reject = assertInstanceOf(Reject.class,
        reader.decode("budget.csv", "year,amount\n2024,100\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(RejectReason.UNSUPPORTED_FORMAT, reject.reason());
    assertTrue(reject.detail().contains("its columns: year, amount"), reject.detail());
  }

  @Test
  void aJsonFileIsATableOfItsRecordsInAnArrayOnePerLineOrUnderAnObject() {
    String array = """
        [{"id": "k-1", "recommendation": "Publish the police oversight body's findings", "recommendingState": "Canada",
          "state_under_review": "Malawi", "response": "Supported", "session": 49},
         {"id": "k-2", "recommendation": "Commute every death sentence", "recommendingState": "Portugal",
          "state_under_review": "Malawi", "response": null}]
        """;
    String lines = """
        {"text": "Fund inclusive schools", "recommending_states": ["Ireland", "Peru"], "sur": "Malawi"}
        {"text": "Decriminalise defamation", "recommending_states": ["Austria"], "sur": "Malawi"}
        """;
    String api = """
        {"count": 2, "meta": {"page": 1},
         "data": {"items": [
           {"recommendation_text": "Set up a preventive mechanism",
            "recommending_state": {"iso3": "CHL", "name": "Chile"}},
           {"recommendation_text": "Repeal the vagrancy law", "recommending_state": {"iso3": "ISL", "name": "Iceland"},
            "position": "Noted"}]}}
        """;
    for (var file : java.util.Map.of("export.json", array, "export.jsonl", lines, "api-response.txt", api).entrySet()) {
      Document doc = assertInstanceOf(Document.class,
          reader.decode(file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8)), file.getKey());
      assertEquals(Format.JSON, doc.format(), "by its name or, for the third, by its opening");
      assertEquals(DocKind.TABLE, doc.info().kind());
      List<RecommendationTable.Row> rows = RecommendationTable.read(doc.text());
      assertEquals(2, rows.size(), file.getKey());
      rows.forEach(row -> assertEquals(row.text(), doc.text().substring(row.begin(), row.end())));
    }
    List<RecommendationTable.Row> rows = RecommendationTable.read(((Document) reader.decode("export.json",
        array.getBytes(StandardCharsets.UTF_8))).text());
    assertEquals(new RecommendationTable.Row(rows.get(0).begin(), rows.get(0).end(),
        "Publish the police oversight body's findings", "k-1", List.of("Canada"), "Malawi", "Supported"), rows.get(0));
    assertEquals(null, rows.get(1).response(), "null is no value");
    Document lined = (Document) reader.decode("export.jsonl", lines.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("Ireland", "Peru"), RecommendationTable.read(lined.text()).get(0).makers(), "an array");
    assertEquals("Malawi", lined.info().stateUnderReview());
    Document nested = (Document) reader.decode("api-response.txt", api.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(List.of("Chile"), List.of("Iceland")), RecommendationTable.read(nested.text()).stream()
        .map(RecommendationTable.Row::makers).toList(), "an object by its name");
  }

  @Test
  void aJsonFileOfArticlesIsProseAndOneRecordAloneIsARow() {
    String filler = " The hearing was adjourned again and the families waited outside the court.".repeat(25);
    String pages = "{\"url\": \"https://example.org/1\", \"title\": \"Editors still held\", \"text\": \"Chile urged"
        + " Malawi to free the editors." + filler + "\"}\n{\"url\": \"https://example.org/2\", \"title\": \"Legal"
        + " aid\", \"text\": \"Peru recommended that Malawi fund legal aid." + filler + "\"}\n";
    Document scraped = assertInstanceOf(Document.class, reader.decode("pages.jsonl",
        pages.getBytes(StandardCharsets.UTF_8)));
    assertEquals(Format.JSON, scraped.format());
    org.junit.jupiter.api.Assertions.assertNotEquals(DocKind.TABLE, scraped.info().kind());
    assertTrue(scraped.text().startsWith("Editors still held\n\nChile urged Malawi to free the editors."),
        scraped.text().substring(0, 80));
    assertTrue(scraped.text().contains("\n\nLegal aid\n\nPeru recommended"));
    Document one = assertInstanceOf(Document.class, reader.decode("one.json",
        "{\"text\": \"Repeal the sedition law\", \"state\": \"Norway\"}".getBytes(StandardCharsets.UTF_8)));
    assertEquals(DocKind.TABLE, one.info().kind());
    assertEquals(List.of("Norway"), RecommendationTable.read(one.text()).get(0).makers());
  }

  @Test
  void aJsonLinesFileWithABadLineLosesThatLineOnlyAndSaysSo() {
    String lines = "{\"text\": \"Fund legal aid\", \"state\": \"Chile\"}\n{\"text\": \"Free the edi\n"
        + "{\"text\": \"Repeal the press law\", \"state\": \"Peru\"}\n";
    Document doc = assertInstanceOf(Document.class, reader.decode("scrape.jsonl",
        lines.getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of("Fund legal aid", "Repeal the press law"), RecommendationTable.read(doc.text()).stream()
        .map(RecommendationTable.Row::text).toList());
    assertEquals(1, doc.warnings().size());
    assertTrue(doc.warnings().get(0).startsWith("JSON line 2 left out: "), doc.warnings().get(0));
    assertEquals(RejectReason.DAMAGED, assertInstanceOf(Reject.class, reader.decode("cut.jsonl",
        "{\"text\": \"Fund legal aid\"}\n{\"te\n{\"te\n".getBytes(StandardCharsets.UTF_8))).reason(),
        "more bad lines than good: damaged");
  }

  @Test
  void aJsonFileWithoutRecordsOfTextsIsRejectedSayingWhatItHolds() {
    Reject config = assertInstanceOf(Reject.class, reader.decode("package.json",
        "{\"name\": \"site\", \"version\": \"1.2.0\", \"description\": \"Rebuilt nightly.\"}"
            .getBytes(StandardCharsets.UTF_8)));
    assertEquals(RejectReason.UNSUPPORTED_FORMAT, config.reason());
    assertTrue(config.detail().contains("its fields: name, version, description"), config.detail());
    Reject budget = assertInstanceOf(Reject.class, reader.decode("budget.json",
        "[{\"year\": 2024, \"amount\": 100}]".getBytes(StandardCharsets.UTF_8)));
    assertTrue(budget.detail().contains("their fields: year, amount"), budget.detail());
    Reject cut = assertInstanceOf(Reject.class, reader.decode("cut.json",
        "[{\"text\": \"Free the".getBytes(StandardCharsets.UTF_8)));
    assertEquals(RejectReason.DAMAGED, cut.reason());
    assertTrue(cut.detail().contains("line 1"), cut.detail());
    assertEquals(Format.TEXT, assertInstanceOf(Document.class, reader.decode("note.txt",
        "[Draft] The Committee recommends that the State party act.".getBytes(StandardCharsets.UTF_8))).format(),
        "prose that opens with a bracket is no JSON");
  }

  @Test
  void anXmlExportIsATableOfItsRecordsAndAttributesAreFields() {
    String xml = """
        <?xml version="1.0" encoding="ISO-8859-1"?>
        <db:export xmlns:db="urn:example:recs" generated="2026-03-01">
          <db:recommendation id="r-7" response="Noted">
            <db:text>Repeal the law that criminalises \u00e9migr\u00e9 journalists' work</db:text>
            <db:recommendingState>Norway</db:recommendingState>
            <db:stateUnderReview>Malawi</db:stateUnderReview>
          </db:recommendation>
          <db:recommendation id="r-8" response="Supported">
            <db:text>Fund the legal aid board</db:text>
            <db:recommendingState><name>Chile</name><iso3>CHL</iso3></db:recommendingState>
            <db:recommendingState><name>Peru</name><iso3>PER</iso3></db:recommendingState>
            <db:stateUnderReview>Malawi</db:stateUnderReview>
          </db:recommendation>
        </db:export>
        """;
    Document doc = assertInstanceOf(Document.class,
        reader.decode("export.dat", xml.getBytes(StandardCharsets.ISO_8859_1)));
    assertEquals(Format.XML, doc.format(), "by its declaration");
    assertEquals(DocKind.TABLE, doc.info().kind());
    assertEquals("ISO-8859-1", doc.charset(), "the declaration's");
    assertEquals("Malawi", doc.info().stateUnderReview());
    List<RecommendationTable.Row> rows = RecommendationTable.read(doc.text());
    assertEquals(new RecommendationTable.Row(rows.get(0).begin(), rows.get(0).end(),
        "Repeal the law that criminalises \u00e9migr\u00e9 journalists' work", "r-7", List.of("Norway"), "Malawi",
        "Noted"), rows.get(0));
    assertEquals(List.of("Chile", "Peru"), rows.get(1).makers(), "repeated elements, each by its name");
  }

  @Test
  void xmlWithoutRecordsOfTextsIsProseAParagraphForEachElementHoldingText() {
    String feed = """
        <rss version="2.0"><channel>
          <title>Press releases</title>
          <item>
            <title>Experts urge Malawi to end child marriage</title>
            <description>&lt;p&gt;The Committee recommended that Malawi raise the minimum age of marriage to 18.&lt;/p&gt;&lt;p&gt;It also
              called for birth registration.&lt;/p&gt;</description>
            <pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate>
          </item>
          <item>
            <title>Statement on <i>Peru</i></title>
            <description>Norway recommended that Peru
              protect <b>land</b> defenders.</description>
          </item>
        </channel></rss>
        """;
    Document doc = assertInstanceOf(Document.class, reader.decode("news.rss", feed.getBytes(StandardCharsets.UTF_8)));
    assertEquals(Format.XML, doc.format(), "by its name and opening tag");
    assertEquals("""
        Press releases

        Experts urge Malawi to end child marriage

        The Committee recommended that Malawi raise the minimum age of marriage to 18.

        It also called for birth registration.

        Tue, 03 Mar 2026 10:00:00 GMT

        Statement on Peru

        Norway recommended that Peru protect land defenders.
        """, doc.text(), "markup escaped in a description read as a page's; inline elements part of the text");
    assertEquals(Format.HTML, assertInstanceOf(Document.class, reader.decode("page.xhtml", ("<?xml version=\"1.0\"?>"
        + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Norway spoke.</p></body></html>")
        .getBytes(StandardCharsets.UTF_8))).format(), "XHTML is a page");
  }

  @Test
  void aDocumentMarkedUpAsXmlIsProseItsNumbersOpeningTheirParagraphs() {
    String xml = """
        <?xml version="1.0"?>
        <doc xmlns="urn:example:legal">
          <preface><p class="symbol">A/HRC/99/7</p><p class="title">Report of the Working Group</p></preface>
          <body>
            <paragraph><num>97.</num><content><p>The following recommendations enjoy the support of Malawi:</p>
            </content>
              <point><num>97.1</num><content><p>Fund legal aid (<i>Chile</i>);</p></content></point>
              <point><num>97.2</num><content><p>Free the editors (Peru).</p></content></point>
            </paragraph>
          </body>
        </doc>
        """;
    Document doc = assertInstanceOf(Document.class, reader.decode("report.xml", xml.getBytes(StandardCharsets.UTF_8)));
    assertEquals(Format.XML, doc.format());
    assertEquals("A/HRC/99/7", doc.info().symbol(), "a symbol alone on its line: metadata, cleaned out of the text");
    assertEquals(List.of("Report of the Working Group",
        "97. The following recommendations enjoy the support of Malawi:", "97.1 Fund legal aid (Chile);",
        "97.2 Free the editors (Peru)."), List.of(doc.text().strip().split("\n\n")),
        "elements with a class and text are no records of recommendations");
  }

  @Test
  void officeXmlOfExcelAndWord2003IsATableAndProseWithParagraphsOfRuns() {
    String sheet = """
        <?xml version="1.0"?>
        <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
            xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
         <Worksheet ss:Name="Recs"><Table>
          <Row><Cell><Data ss:Type="String">Recommendation</Data></Cell><Cell><Data>State</Data></Cell></Row>
          <Row><Cell><Data ss:Type="String">Fund legal aid</Data></Cell><Cell><Data>Chile</Data></Cell></Row>
          <Row><Cell ss:Index="2"><Data>Peru</Data></Cell></Row>
         </Table></Worksheet>
        </Workbook>
        """;
    Document table = assertInstanceOf(Document.class, reader.decode("export.xml",
        sheet.getBytes(StandardCharsets.UTF_8)));
    assertEquals(DocKind.TABLE, table.info().kind());
    List<RecommendationTable.Row> rows = RecommendationTable.read(table.text());
    assertEquals(1, rows.size(), "a row without a text, its one cell in the second column, is no recommendation");
    assertEquals(List.of("Chile"), rows.get(0).makers());
    String word = """
        <?xml version="1.0"?>
        <w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body>
          <w:p><w:r><w:t>We urge Malawi to </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>free</w:t></w:r>
          <w:r><w:t> the editors.</w:t></w:r></w:p>
        </w:body></w:wordDocument>
        """;
    assertEquals("We urge Malawi to free the editors.\n", assertInstanceOf(Document.class,
        reader.decode("statement.xml", word.getBytes(StandardCharsets.UTF_8))).text());
  }

  @Test
  void aTablePrintedOnAWebPageIsReadRowByRowUntilARowDoesNotFit() {
    String html = """
        <html><head><title>Follow-up: Ruritania</title></head><body>
        <h1>UPR follow-up: Malawi</h1>
        <p>The table lists the recommendations Malawi received and its responses.</p>
        <table><tr><th>No.</th><th>Recommendation</th><th>Recommending State(s)</th><th>Response</th></tr>
        <tr><td>115.1</td><td>Repeal the sedition provisions of the Penal Code</td><td>Norway</td><td>Noted</td></tr>
        <tr><td>115.2</td><td>Fund legal aid in every district</td><td>Peru; Chile</td><td>Supported</td></tr>
        <tr><td>115.3</td><td>Train judges on the rights of the child</td><td></td><td>Supported</td></tr>
        <tr><td>115.4</td><td>Close the juvenile wing of the central prison</td><td>Ireland</td><td>Supported</td></tr>
        </table><p>Compiled by us.</p></body></html>
        """;
    Document doc = assertInstanceOf(Document.class, reader.decode("follow-up.html",
        html.getBytes(StandardCharsets.UTF_8)));
    assertEquals("Malawi", doc.info().stateUnderReview(), "a UPR title names the State");
    List<RecommendationTable.Row> rows = PrintedTable.rows(doc.text());
    assertEquals(List.of("Repeal the sedition provisions of the Penal Code", "Fund legal aid in every district"),
        rows.stream().map(RecommendationTable.Row::text).toList(), "the empty cell of row 3 ends the table");
    assertEquals(List.of("115.1", "115.2"), rows.stream().map(RecommendationTable.Row::id).toList());
    assertEquals(List.of(List.of("Norway"), List.of("Peru", "Chile")),
        rows.stream().map(RecommendationTable.Row::makers).toList());
    assertEquals(List.of("Noted", "Supported"), rows.stream().map(RecommendationTable.Row::response).toList());
    assertEquals(rows.get(0).text(), doc.text().substring(rows.get(0).begin(), rows.get(0).end()));
    assertEquals(List.of(), PrintedTable.rows("Recommendations\n\nThe Committee\n\nRuritania should act.\n"),
        "a heading over prose is no table");
  }

  @Test
  void aTableOfResponsesCodedAAndNAsUprInfoPrintsIt() {
    String text = "Responses to Recommendations\n\nRecommendation\n\nResponse\n\n108.1. Ratify the Optional Protocol"
        + " (Czechia);\n\nA\n\n108.2. Abolish the death penalty (France);\n\nN\n";
    List<RecommendationTable.Row> rows = PrintedTable.rows(text);
    assertEquals(List.of("108.1", "108.2"), rows.stream().map(RecommendationTable.Row::id).toList(),
        "the number before its full stop");
    assertEquals(List.of("A", "N"), rows.stream().map(RecommendationTable.Row::response).toList());
  }

  @Test
  void aWordTableIsReadAsAWebPagesIs() throws java.io.IOException {
    byte[] docx;
    try (var word = new org.apache.poi.xwpf.usermodel.XWPFDocument();
         var out = new java.io.ByteArrayOutputStream()) {
      word.createParagraph().createRun().setText("Mid-term report of Malawi on the implementation of its review");
      String[][] cells = {{"Recommendation", "Recommending State", "Status"},
          {"Adopt the access to information regulations", "Sweden", "Implemented"},
          {"Establish a national preventive mechanism against torture", "Denmark, Chile", "In progress"}};
      var table = word.createTable(cells.length, cells[0].length);
      for (int r = 0; r < cells.length; r++) {
        for (int c = 0; c < cells[r].length; c++) {
          table.getRow(r).getCell(c).setText(cells[r][c]);
        }
      }
      word.write(out);
      docx = out.toByteArray();
    }
    Document doc = assertInstanceOf(Document.class, reader.decode("midterm.docx", docx));
    List<RecommendationTable.Row> rows = PrintedTable.rows(doc.text());
    assertEquals(List.of("Adopt the access to information regulations",
        "Establish a national preventive mechanism against torture"),
        rows.stream().map(RecommendationTable.Row::text).toList());
    assertEquals(List.of(List.of("Sweden"), List.of("Denmark, Chile")),
        rows.stream().map(RecommendationTable.Row::makers).toList(), "the extractor splits a list of States");
  }

  @Test
  void aMakerSpanningRowsIsEachRowsInAWebPageAndAWordTable() throws java.io.IOException {
    String html = "<html><body><table><tr><th>Recommending State</th><th>Recommendation</th><th>Response</th></tr>"
        + "<tr><td rowspan=\"2\">Norway</td><td>Repeal the vagrancy law</td><td>Noted</td></tr>"
        + "<tr><td>Fund legal aid in every district</td><td>Supported</td></tr>"
        + "<tr><td>Chile</td><td>Free the detained bloggers</td><td>Noted</td></tr></table></body></html>";
    byte[] docx;
    try (var word = new org.apache.poi.xwpf.usermodel.XWPFDocument();
         var out = new java.io.ByteArrayOutputStream()) {
      String[][] cells = {{"Recommending State", "Recommendation", "Response"},
          {"Norway", "Repeal the vagrancy law", "Noted"}, {"", "Fund legal aid in every district", "Supported"},
          {"Chile", "Free the detained bloggers", "Noted"}};
      var table = word.createTable(cells.length, cells[0].length);
      for (int r = 0; r < cells.length; r++) {
        for (int c = 0; c < cells[r].length; c++) {
          table.getRow(r).getCell(c).setText(cells[r][c]);
        }
      }
      // Word merges "Norway" down over the next row: the cell below is empty and marked as its continuation.
      table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge()
          .setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.RESTART);
      table.getRow(2).getCell(0).getCTTc().addNewTcPr().addNewVMerge();
      word.write(out);
      docx = out.toByteArray();
    }
    for (var file : java.util.Map.of("grouped.html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "grouped.docx", docx).entrySet()) {
      Document doc = assertInstanceOf(Document.class, reader.decode(file.getKey(), file.getValue()));
      List<RecommendationTable.Row> rows = PrintedTable.rows(doc.text());
      assertEquals(List.of(List.of("Norway"), List.of("Norway"), List.of("Chile")),
          rows.stream().map(RecommendationTable.Row::makers).toList(), file.getKey());
      assertEquals(List.of("Noted", "Supported", "Noted"), rows.stream().map(RecommendationTable.Row::response)
          .toList(), file.getKey());
    }
  }

  @Test
  void aMakerSpanningRowsIsEachRowsInAnOpenDocumentText() throws java.io.IOException {
    Document doc = assertInstanceOf(Document.class, reader.decode("grouped.odt", Fixtures.groupedOdt()));
    List<RecommendationTable.Row> rows = PrintedTable.rows(doc.text());
    assertEquals(List.of("France", "France", "Ghana", "Norway", "Norway", "Norway"),
        rows.stream().map(r -> String.join(", ", r.makers())).toList());
    assertEquals(List.of("Noted", "Supported", "Supported", "Supported", "Noted", "Supported"),
        rows.stream().map(RecommendationTable.Row::response).toList());
  }

  @Test
  void columnsAreToldByTheNamesTablesGiveThem() {
    String text = "Recommendations received\n\nRecommending countries\n\nPosition\n\n"
        + "Repeal the sedition law\n\nNorway, Peru\n\nNoted\n";
    List<RecommendationTable.Row> rows = PrintedTable.rows(text);
    assertEquals(1, rows.size());
    assertEquals(List.of("Repeal the sedition law", "Norway, Peru", "Noted"),
        List.of(rows.get(0).text(), rows.get(0).makers().get(0), rows.get(0).response()));
  }

  @Test
  void aSourceColumnNamesTheMakersOfAPrintedTableOnly() {
    List<RecommendationTable.Row> printed = PrintedTable.rows(
        "Recommendations\n\nSource\n\nRepeal the sedition law\n\nNorway\n\nFund the ombudsman\n\nPeru\n");
    assertEquals(List.of(List.of("Norway"), List.of("Peru")),
        printed.stream().map(RecommendationTable.Row::makers).toList(), "cells that name States");
    List<RecommendationTable.Row> file = RecommendationTable.read(
        "text,source\nRepeal the sedition law,https://example.org/report.pdf\n");
    assertEquals(List.of(), file.get(0).makers(), "a file's source column may hold an address");
  }

  @Test
  void aWebPagesNumbersAloneInTheirCellsAreKeptForItsTable() {
    String html = """
        <html><body><h1>Recommendations received by Malawi, fourth cycle</h1>
        <table><tr><th>Recommendation</th><th>Recommending State</th><th>Session</th><th>Response</th></tr>
        <tr><td>Abolish the death penalty in law</td><td>Norway</td><td>43</td><td>Noted</td></tr>
        <tr><td>Fund legal aid in every district</td><td>Chile</td><td>43</td><td>Supported</td></tr>
        </table></body></html>
        """;
    Document doc = assertInstanceOf(Document.class, reader.decode("db.html", html.getBytes(StandardCharsets.UTF_8)));
    assertEquals("Malawi", doc.info().stateUnderReview(), "not the first State of the table");
    assertEquals(List.of("Noted", "Supported"),
        PrintedTable.rows(doc.text()).stream().map(RecommendationTable.Row::response).toList(),
        "a number alone in its cell is no page number on a web page");
  }
}
