package org.uprlens.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The main text of a web page with jsoup. Page furniture is dropped by structure (scripts, styles, forms,
 * navigation, header, footer, asides, ARIA landmarks other than main) and by the class and id names sites give
 * their banners and appeals (cookie, consent, donate, newsletter, share, related, promo ...); then the main content
 * element is kept when the page marks one. Block elements end a paragraph, so the text keeps its structure.
 */
final class HtmlText {
  private static final String DROPPED_TAGS =
      "script, style, noscript, template, iframe, object, embed, svg, canvas, nav, header, footer, aside, form,"
          + " button, input, select, textarea, dialog, menu";
  private static final String DROPPED_ROLES = "[role=navigation], [role=banner], [role=contentinfo],"
      + " [role=complementary], [role=search], [role=dialog], [role=alert], [aria-hidden=true], [hidden]";
  /** Class and id words of page furniture; matched as words in the attribute, not as exact strings. */
  private static final Pattern FURNITURE = Pattern.compile(
      "(?i)(?:^|[\\s_-])(?:nav|navbar|menu|breadcrumbs?|skip(?:-?link)?|cookies?|consent|gdpr|banner|donat\\w*|"
          + "donor|appeal|fundrais\\w*|give|giving|support-us|membership|subscribe|subscription|newsletter|signup|"
          + "social|share|sharing|related|recommended|promo\\w*|advert\\w*|ads?|sponsor\\w*|sidebar|footer|header|"
          + "masthead|modal|popup|overlay|paywall|toolbar|pagination|comments?|disqus|cta|call-to-action|"
          + "visually-hidden|sr-only|screen-reader\\w*)(?:$|[\\s_-])");
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
      "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "blockquote", "pre", "hr",
      "figure", "figcaption", "address", "caption");

  /** A title's parts: "Headline | Site", "Headline - Site", "Headline – Site", "Headline :: Site". */
  private static final Pattern TITLE_PARTS = Pattern.compile("\\s+(?:[|\\u2013\\u2014\\u00B7-]|::)\\s+");

  private static final Set<String> NAME_SMALL_WORDS = Set.of("of", "for", "the", "and", "on", "in", "to", "de", "des",
      "du", "la", "le", "les", "pour", "et", "del", "y", "e", "&");

  private HtmlText() {}

  static Extracted extract(String html, String charset) {
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    String publisher = publisher(page);
    Element body = page.body();
    body.select(DROPPED_TAGS).remove();
    body.select(DROPPED_ROLES).remove();
    for (Element element : body.select("[class], [id]")) {
      if (element.parent() != null && isFurniture(element)) {
        element.remove();
      }
    }
    body.select("table").forEach(HtmlText::repeatRowSpans);
    Elements main = body.select("main, [role=main], article");
    Element root = main.isEmpty() ? body : main.first();
    StringBuilder text = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          text.append(t.text());
        } else if (node instanceof Element e && e.normalName().equals("br")) {
          text.append('\n'); // a line break inside a paragraph, not a paragraph break
        } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          paragraphBreak(text);
          if (e.normalName().equals("li")) {
            text.append(marker(e));
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          paragraphBreak(text);
        }
      }
    }, root);
    return new Extracted(text.toString().strip() + "\n", List.of(), charset, List.of(), publisher);
  }

  /**
   * Repeats a cell that spans rows ({@code rowspan}) in each row it spans, at its column, as a grouped table shows it
   * ("France" once beside two recommendations): the text keeps no row boundaries, so a row without it would shift
   * its cells under the wrong columns. Only the table's own rows; a nested table is done on its own.
   */
  private static void repeatRowSpans(Element table) {
    Map<Integer, Element> spanning = new HashMap<>();   // column → the cell spanning down it
    Map<Integer, Integer> left = new HashMap<>();       // column → rows it still spans
    for (Element row : table.select("tr")) {
      if (row.closest("table") != table) {
        continue;
      }
      int column = 0;
      List<Element> cells = row.children().stream().filter(c -> c.normalName().matches("t[dh]")).toList();
      for (int k = 0; k <= cells.size(); k++) {
        while (left.getOrDefault(column, 0) > 0) {
          Element copy = spanning.get(column).clone().removeAttr("rowspan");
          if (k < cells.size()) {
            cells.get(k).before(copy);
          } else {
            row.appendChild(copy);
          }
          left.merge(column, -1, Integer::sum);
          column++;
        }
        if (k == cells.size()) {
          break;
        }
        Element cell = cells.get(k);
        int rows = ListNumbers.parsed(cell.attr("rowspan"), 1);
        if (rows > 1) {
          spanning.put(column, cell);
          left.put(column, Math.min(rows, 1000) - 1);
        }
        column += Math.max(1, Math.min(ListNumbers.parsed(cell.attr("colspan"), 1), 100));
      }
    }
  }

  /**
   * The site's name: Open Graph's {@code og:site_name}, else the last part of a title that ends in one ("Free the
   * Journalists | Rights Now"); null when the page gives none.
   */
  static String publisher(org.jsoup.nodes.Document page) {
    for (String query : List.of("meta[property=og:site_name]", "meta[name=application-name]")) {
      Element meta = page.head().selectFirst(query);
      String name = meta == null ? "" : meta.attr("content").strip();
      if (isName(name)) {
        return name;
      }
    }
    String[] parts = TITLE_PARTS.split(page.title().strip());
    String last = parts[parts.length - 1].strip();
    if (parts.length < 2 || !isName(last)) {
      return null;
    }
    // A title may end in a subtitle rather than a site: "Ruritania - Statement by Germany" names no publisher.
    boolean proper = java.util.Arrays.stream(last.split("\\s+"))
        .allMatch(w -> !Character.isLowerCase(w.charAt(0)) || NAME_SMALL_WORDS.contains(w));
    return proper ? last : null;
  }

  private static boolean isName(String name) {
    return !name.isEmpty() && name.length() <= 80 && name.split("\\s+").length <= 8
        && Character.isLetterOrDigit(name.charAt(0));
  }

  /**
   * A list item keeps its bullet or number ("• ", "3. "), as a printed list shows it: the extractor reads a list
   * of asks by its markers.
   */
  private static String marker(Element item) {
    Element list = item.parent();
    if (list == null || !list.normalName().equals("ol")) {
      return list != null && list.closest("li") != null ? "\u25E6 " : "\u2022 ";   // a bullet under an item
    }
    int number = ListNumbers.parsed(list.attr("start"), 1) - 1;
    for (Element sibling : list.children()) {
      if (sibling.normalName().equals("li")) {
        number = ListNumbers.parsed(sibling.attr("value"), number + 1);   // an item's value sets the count for those after it
        if (sibling == item) {
          break;
        }
      }
    }
    // As a browser shows the list's type: "b.", "iv.", "B.", "IV."; decimal by default.
    String format = switch (list.attr("type").strip()) {
      case "a" -> "lowerLetter";
      case "A" -> "upperLetter";
      case "i" -> "lowerRoman";
      case "I" -> "upperRoman";
      default -> "decimal";
    };
    return ListNumbers.number(format, number) + ". ";
  }

  /** The main content is never furniture, whatever its class says ("main-content header-offset"). */
  private static boolean isFurniture(Element element) {
    if (element.normalName().equals("main") || element.normalName().equals("body")
        || element.normalName().equals("article")) {
      return false;
    }
    return FURNITURE.matcher(element.className()).find() || FURNITURE.matcher(element.id()).find();
  }

  /** A blank line, once: blocks nest, and a paragraph break is a paragraph break however many blocks end there. */
  private static void paragraphBreak(StringBuilder text) {
    int n = text.length();
    while (n > 0 && (text.charAt(n - 1) == ' ')) {
      n--;
    }
    text.setLength(n);
    if (n == 0 || n >= 2 && text.charAt(n - 1) == '\n' && text.charAt(n - 2) == '\n') {
      return;
    }
    text.append(text.charAt(n - 1) == '\n' ? "\n" : "\n\n");
  }
}
