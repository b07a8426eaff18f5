package org.uprlens.ingest;

import java.util.List;

/**
 * Where numbered paragraphs and section headings start in a document's text, so each sentence can be told which
 * paragraph and section it belongs to. Marks are sorted by offset.
 */
public record Outline(List<Mark> paragraphs, List<Mark> sections) {
  public static final Outline EMPTY = new Outline(List.of(), List.of());

  /**
   * The section label of a document's footnote or endnote block: ingest marks it, extraction takes no
   * recommendation from it (footnotes cite sources, they do not recommend).
   */
  public static final String FOOTNOTES = "[footnotes]";

  /**
   * A label ("124.12", "C. Right to life") starting at {@code offset} in the text. A section mark with a null label
   * ends a section without starting one: after the footnotes at the foot of a page, before the first heading.
   */
  public record Mark(int offset, String label) {}

  public Outline {
    paragraphs = List.copyOf(paragraphs);
    sections = List.copyOf(sections);
  }

  /** The number of the paragraph that contains {@code offset}, or null before the first one. */
  public String paragraphAt(int offset) {
    return labelAt(paragraphs, offset);
  }

  /** The heading of the section that contains {@code offset}, or null before the first one. */
  public String sectionAt(int offset) {
    return labelAt(sections, offset);
  }

  private static String labelAt(List<Mark> marks, int offset) {
    int lo = 0;
    int hi = marks.size() - 1;
    String found = null;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (marks.get(mid).offset() <= offset) {
        found = marks.get(mid).label();
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
