package org.uprlens.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * An XML file, read either way it may hold recommendations. A database's export of records
 * ({@code <recommendation><text>...</text><recommendingState>...}) is a table, read as a JSON file's records are
 * ({@link JsonTable}): an element a record, a child element or attribute a field. Any other XML (a feed of press
 * releases, a document marked up as XML) is prose: each element that holds text directly is a paragraph, the elements
 * inside it (emphasis, references) part of its text. Excel 2003's XML spreadsheet is read as a workbook is. jsoup's
 * XML parser reads it, as it reads pages: leniently, so a file with an unclosed element is read rather than lost, and
 * without fetching a DTD or an external entity.
 */
final class XmlText {
  /** Markup escaped inside an element's text, as a feed's description holds a page's paragraphs. */
  private static final Pattern HTML_INSIDE = Pattern.compile("(?i)<(?:p|br|div|li|ul|ol|h[1-6]|table)[\\s>/]");

  /** A list's or paragraph's number standing alone: "97.1", "12.", "II.", "(a)", "b)". */
  private static final Pattern NUMBER = Pattern.compile(
      "\\(?(?:\\d{1,3}(?:\\.\\d{1,3})*|[IVXLC]{1,6}|[a-z])[.)]?");

  private XmlText() {}

  static Extracted extract(byte[] bytes) throws RejectException {
    org.jsoup.nodes.Document xml;
    try {
      // No charset given: jsoup takes it from the byte order mark or the XML declaration, else UTF-8.
      xml = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", Parser.xmlParser());
    } catch (IOException e) {
      throw new RejectException(RejectReason.DAMAGED, "XML cannot be read: " + e.getMessage());
    }
    String charset = xml.charset().name();
    Element root = xml.children().first();
    if (root == null) {
      throw new RejectException(RejectReason.EMPTY, "an XML file without any element");
    }
    if (local(root.tagName()).equals("Workbook") && !children(root, "Worksheet").isEmpty()) {
      return SheetText.of(sheets(root), "XML spreadsheet (Excel 2003)").asTable();
    }
    List<JsonNode> records = JsonTable.recordsOfTexts(json(root));
    if (!records.isEmpty()) {
      return JsonTable.table(records, charset);
    }
    StringBuilder text = new StringBuilder();
    prose(root, text);
    return new Extracted(text.toString().strip() + "\n", List.of(), charset, List.of());
  }

  /**
   * An element as JSON: text alone as a string; else an object of its attributes and child elements by local name
   * (several of one name an array, as records are), its own text, if any, under its own name.
   */
  private static JsonNode json(Element element) {
    String own = element.ownText().strip();
    if (element.children().isEmpty() && element.attributesSize() == 0) {
      return TextNode.valueOf(own);
    }
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    for (Attribute attribute : element.attributes()) {
      if (!attribute.getKey().startsWith("xmlns")) {
        object.put(local(attribute.getKey()), attribute.getValue().strip());
      }
    }
    Map<String, List<Element>> children = new LinkedHashMap<>();
    for (Element child : element.children()) {
      children.computeIfAbsent(local(child.tagName()), name -> new ArrayList<>()).add(child);
    }
    children.forEach((name, elements) -> {
      if (elements.size() == 1) {
        object.set(name, json(elements.get(0)));
      } else {
        ArrayNode array = object.putArray(name);
        elements.forEach(e -> array.add(json(e)));
      }
    });
    if (!own.isEmpty()) {   // by the element's name: a recommendation's own text is its recommendation
      object.put(local(element.tagName()), own);
    }
    return object;
  }

  /**
   * The sheets of Excel 2003's XML spreadsheet, as a workbook's: a {@code Row}'s {@code Cell}s, each at its
   * {@code ss:Index} where it gives one (cells before it left empty).
   */
  private static List<SheetText.Sheet> sheets(Element workbook) {
    List<SheetText.Sheet> sheets = new ArrayList<>();
    for (Element sheet : children(workbook, "Worksheet")) {
      List<List<String>> rows = new ArrayList<>();
      for (Element table : children(sheet, "Table")) {
        for (Element row : children(table, "Row")) {
          List<String> cells = new ArrayList<>();
          for (Element cell : children(row, "Cell")) {
            int index = ListNumbers.parsed(attribute(cell, "Index"), cells.size() + 1);
            while (cells.size() < Math.min(index - 1, 1000)) {
              cells.add("");
            }
            cells.add(cell.wholeText().strip());
          }
          if (cells.stream().anyMatch(c -> !c.isEmpty())) {
            rows.add(cells);
          }
        }
      }
      sheets.add(new SheetText.Sheet(attribute(sheet, "Name"), rows));
    }
    return sheets;
  }

  private static List<Element> children(Element parent, String localName) {
    return parent.children().stream().filter(e -> local(e.tagName()).equals(localName)).toList();
  }

  /** An attribute by its local name ({@code ss:Name}), or "". */
  private static String attribute(Element element, String localName) {
    for (Attribute attribute : element.attributes()) {
      if (local(attribute.getKey()).equals(localName)) {
        return attribute.getValue();
      }
    }
    return "";
  }

  /** A name without its namespace prefix: {@code un:recommendation} is a recommendation. */
  private static String local(String name) {
    return name.substring(name.indexOf(':') + 1);
  }

  /**
   * Each element that holds text of its own, or only text, as a paragraph; an element of elements, their paragraphs.
   * An element holding a number alone ({@code <num>97.1</num>}, as legal XML numbers its paragraphs) opens the
   * paragraph that follows it, as a printed list's number does.
   */
  private static void prose(Element element, StringBuilder text) {
    boolean mixed = element.textNodes().stream().anyMatch(t -> !t.isBlank());
    // A paragraph whose text is in runs of their own (WordprocessingML's <w:p><w:r><w:t>) is one paragraph still.
    if (!mixed && !local(element.tagName()).equals("p") && !element.children().isEmpty()) {
      element.children().forEach(child -> prose(child, text));
      return;
    }
    String paragraph = element.wholeText();
    if (HTML_INSIDE.matcher(paragraph).find()) {
      paragraph = HtmlText.extract(paragraph, null).text();
    } else {
      // A blank line stays a paragraph break; other line breaks and indents are the file's layout.
      paragraph = paragraph.strip().replaceAll("[ \\t]*\\n[ \\t]*\\n\\s*", "\u0000").replaceAll("\\s+", " ")
          .replace('\u0000', '\n').replace("\n", "\n\n");
    }
    paragraph = paragraph.strip();
    if (!paragraph.isEmpty()) {
      text.append(paragraph).append(NUMBER.matcher(paragraph).matches() ? " " : "\n\n");
    }
  }
}
