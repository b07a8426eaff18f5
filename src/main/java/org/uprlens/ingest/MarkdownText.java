package org.uprlens.ingest;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown, as researchers keep notes and sites keep their pages' sources: rendered to HTML by commonmark (with
 * GitHub's tables) and read as a page is ({@link HtmlText}), so that a list keeps its markers, a table its cells, and
 * the text loses the markup ("**", "#", a link's address).
 */
final class MarkdownText {
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  /** HTML written in the Markdown passes through: the page reader drops scripts and keeps the rest's text. */
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();

  private MarkdownText() {}

  static Extracted extract(String markdown, String charset) {
    return HtmlText.extract(RENDERER.render(PARSER.parse(markdown)), charset);
  }
}
