package org.uprlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Excel workbooks of recommendations, written with Apache POI for these tests, read as tables. */
class WorkbookTest {
  private final DocumentReader reader = new DocumentReader(DocumentReader.Options.defaults());

  /**
   * An export as offices make them: a title and a date above the header, a number column, a response merged down
   * two rows, a text with a comma and quotes, a formula; then a second sheet whose columns stand in another order.
   */
  private static byte[] export(Workbook book) throws IOException {
    Sheet first = book.createSheet("Justice");
    row(first, 0, "Recommendations to Ruritania, third cycle");
    row(first, 1, "Exported 2026-11-02");
    row(first, 3, "No.", "Recommendation", "Recommending State", "Response");
    Row r = first.createRow(4);
    r.createCell(0).setCellValue(98.1);
    r.createCell(1).setCellValue("Repeal the \"foreign agents\" law, without delay");
    r.createCell(2).setCellValue("Norway");
    r.createCell(3).setCellValue("Noted");
    row(first, 5, "98.2", "Fund legal aid in every district", "Peru; Chile");
    first.addMergedRegion(new CellRangeAddress(4, 5, 3, 3));
    Row formula = first.createRow(6);
    formula.createCell(0).setCellValue("98.3");
    formula.createCell(1).setCellFormula("\"Train judges on \"&\"juvenile justice\"");
    formula.createCell(2).setCellValue("Ireland");
    formula.createCell(3).setCellValue("Supported");
    book.getCreationHelper().createFormulaEvaluator().evaluateAll();   // the value Excel would have saved
    Sheet second = book.createSheet("Women");
    row(second, 0, "Response", "Recommendation", "No.", "Recommending State");
    row(second, 1, "Supported", "Criminalise marital rape", "98.4", "Spain");
    Sheet notes = book.createSheet("Notes");
    row(notes, 0, "Source: the Working Group's report.");
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      book.write(out);
      book.close();
      return out.toByteArray();
    }
  }

  private static void row(Sheet sheet, int index, String... values) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < values.length; i++) {
      row.createCell(i).setCellValue(values[i]);
    }
  }

  @Test
  void anXlsxExportIsATableOfItsSheetsRowsUnderTheirHeaders() throws IOException {
    byte[] bytes = export(new XSSFWorkbook());
    assertEquals(Format.XLSX, Format.ofBytes(bytes, "export.bin"), "told by content, not name");
    Document doc = assertInstanceOf(Document.class, reader.decode("export.xlsx", bytes));
    assertEquals(DocKind.TABLE, doc.info().kind());
    assertEquals("xlsx", doc.format().code());
    List<RecommendationTable.Row> rows = RecommendationTable.read(doc.text());
    assertEquals(List.of("Repeal the \"foreign agents\" law, without delay", "Fund legal aid in every district",
        "Train judges on juvenile justice", "Criminalise marital rape"),
        rows.stream().map(RecommendationTable.Row::text).toList(), "the title rows and the notes sheet are no rows");
    assertEquals(List.of("98.1", "98.2", "98.3", "98.4"), rows.stream().map(RecommendationTable.Row::id).toList(),
        "a number reads as Excel shows it");
    assertEquals(List.of("Noted", "Noted", "Supported", "Supported"),
        rows.stream().map(RecommendationTable.Row::response).toList(), "a merged response counts for each row");
    assertEquals(List.of(List.of("Norway"), List.of("Peru", "Chile"), List.of("Ireland"), List.of("Spain")),
        rows.stream().map(RecommendationTable.Row::makers).toList(), "the second sheet's columns matched by name");
    RecommendationTable.Row first = rows.get(0);
    assertEquals("Repeal the \"foreign agents\" law, without delay",
        doc.text().substring(first.begin(), first.end()).replace("\"\"", "\""), "a row's span is in the text");
  }

  @Test
  void anXlsFromExcel97ReadsAsTheXlsxDoes() throws IOException {
    byte[] bytes = export(new HSSFWorkbook());
    assertEquals(Format.XLS, Format.ofBytes(bytes, "export.bin"));
    Document xls = assertInstanceOf(Document.class, reader.decode("export.xls", bytes));
    Document xlsx = assertInstanceOf(Document.class, reader.decode("export.xlsx", export(new XSSFWorkbook())));
    assertEquals(xlsx.text(), xls.text());
    assertEquals("xls", xls.format().code());
  }

  @Test
  void aWorkbookWithoutAColumnOfTextsIsRejectedNamingItsSheetsAndADamagedOneSaysSo() throws IOException {
    Workbook book = new XSSFWorkbook();
    row(book.createSheet("Budget"), 0, "Year", "Amount");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    book.write(out);
    book.close();
    Reject reject = assertInstanceOf(Reject.class, reader.decode("budget.xlsx", out.toByteArray()));
    assertEquals(RejectReason.UNSUPPORTED_FORMAT, reject.reason());
    assertTrue(reject.detail().contains("Budget (Year, Amount)"), reject.detail());
    byte[] cut = java.util.Arrays.copyOf(export(new XSSFWorkbook()), 3000);
    assertEquals(RejectReason.DAMAGED, assertInstanceOf(Reject.class, reader.decode("cut.xlsx", cut)).reason());
  }

  @Test
  void aPasswordProtectedXlsxIsRejectedAsEncrypted() throws Exception {
    byte[] plain = export(new XSSFWorkbook());
    EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
    Encryptor encryptor = info.getEncryptor();
    encryptor.confirmPassword("secret");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      try (OPCPackage pkg = OPCPackage.open(new java.io.ByteArrayInputStream(plain));
           java.io.OutputStream os = encryptor.getDataStream(fs)) {
        pkg.save(os);
      }
      fs.writeFilesystem(out);
    }
    Reject reject = assertInstanceOf(Reject.class, reader.decode("locked.xlsx", out.toByteArray()));
    assertEquals(RejectReason.ENCRYPTED, reject.reason(), reject.detail());
  }
}
