package org.uprlens.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Subtitles of a meeting's recording (SubRip {@code .srt}, WebVTT {@code .vtt}), as a webcast of an interactive
 * dialogue gives them: the cues' text without their numbers and times, joined into one paragraph for as long as one
 * speaker speaks, since a cue ends wherever the screen is full, mid-sentence. A speaker is told by a WebVTT voice
 * ({@code <v Norway>}) or a caption's name before a colon ({@code NORWAY:}, {@code >> Chile:}); the paragraph opens
 * with the name. A line that repeats the previous cue's last line, as rolling captions do, is left out.
 */
final class SubtitleText {
  /** A cue's time line: "00:00:11,600 --> 00:00:17,000" (SubRip), "00:11.600 --> 00:17.000 align:start" (WebVTT). */
  private static final Pattern TIMING = Pattern.compile("^(?:\\d{1,2}:)?\\d{2}:\\d{2}[,.]\\d{3}\\s+-->\\s+");
  /** How a subtitles file opens: WebVTT's signature, or SubRip's first cue number over its time line. */
  private static final Pattern START = Pattern.compile(
      "^(?:WEBVTT(?:[ \\t].*)?\\n|\\d+[ \\t]*\\n(?:\\d{1,2}:)?\\d{2}:\\d{2}[,.]\\d{3}\\s+-->)");
  private static final Pattern VOICE = Pattern.compile("<v(?:\\.[\\w.-]+)?\\s+([^>]+)>");
  /** A caption's speaker: a name in capitals before a colon ("NORWAY: Thank you"), after a broadcast's "&gt;&gt;". */
  private static final Pattern NAMED = Pattern.compile("^(?:>>\\s*)?(\\p{Lu}[\\p{Lu}\\p{M}'’().\\- ]{1,60}):\\s+");
  /** After a broadcast's "&gt;&gt;", which marks a new speaker, a name in any case: "&gt;&gt; Chile: Thank you". */
  private static final Pattern MARKED = Pattern.compile("^>>\\s*(\\p{Lu}[\\p{L}'’().\\- ]{1,60}):\\s+");
  private static final Set<String> SMALL_WORDS = Set.of("of", "and", "the", "for", "on", "in", "to", "de");

  private SubtitleText() {}

  /** Whether a text opens as a subtitles file does. */
  static boolean isSubtitles(String head) {
    return START.matcher(head.stripLeading().replace("\r\n", "\n")).find();
  }

  static Extracted extract(String text, String charset) {
    StringBuilder out = new StringBuilder();
    String speaker = null;
    String lastLine = "";
    for (String block : DocumentReader.normaliseLineEnds(text).split("\\n[ \\t]*\\n")) {
      List<String> lines = cueText(block.strip().split("\\n"));
      for (String raw : lines) {
        Matcher voice = VOICE.matcher(raw);
        String named = voice.find() ? voice.group(1).strip() : null;
        String line = Parser.unescapeEntities(raw.replaceAll("<[^>]*>", ""), false).replace('\u00A0', ' ').strip();
        Matcher caption = named == null ? caption(line) : null;
        if (caption != null) {
          named = caption.group(1).strip();
          line = line.substring(caption.end());
        }
        line = line.replaceFirst("^>>\\s*", "");
        if (named != null && !named.equalsIgnoreCase(speaker)) {
          speaker = named;
          paragraph(out);
          out.append(name(named)).append(": ");
        }
        if (line.isEmpty() || line.equals(lastLine)) {
          continue;
        }
        lastLine = line;
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n' && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
        out.append(line);
      }
    }
    return new Extracted(out.toString().strip() + "\n", List.of(), charset, List.of());
  }

  /** The match of a caption's speaker opening the line, or null. */
  private static Matcher caption(String line) {
    for (Pattern speaker : List.of(NAMED, MARKED)) {
      Matcher m = speaker.matcher(line);
      if (m.find()) {
        return m;
      }
    }
    return null;
  }

  /**
   * A block's lines of text: those after a time line, without the next cue's number before its own time line (a
   * file that leaves out the blank line between cues); none for WebVTT's header and notes, which have no time.
   */
  private static List<String> cueText(String[] lines) {
    List<String> text = new ArrayList<>();
    boolean timed = false;
    for (int i = 0; i < lines.length; i++) {
      boolean timing = TIMING.matcher(lines[i].strip()).find();
      boolean beforeTiming = i + 1 < lines.length && TIMING.matcher(lines[i + 1].strip()).find()
          && lines[i].strip().matches("\\d+");
      timed |= timing;
      if (timed && !timing && !beforeTiming) {
        text.add(lines[i]);
      }
    }
    return text;
  }

  /** A blank line before a new speaker's words. */
  private static void paragraph(StringBuilder out) {
    if (out.length() > 0) {
      while (out.charAt(out.length() - 1) == ' ') {
        out.setLength(out.length() - 1);
      }
      out.append("\n\n");
    }
  }

  /** A name a caption writes in capitals, in title case: "UNITED STATES OF AMERICA" as "United States of America". */
  private static String name(String named) {
    if (!named.equals(named.toUpperCase(Locale.ROOT))) {
      return named;
    }
    StringBuilder title = new StringBuilder();
    for (String word : named.toLowerCase(Locale.ROOT).split(" ")) {
      if (title.length() > 0) {
        title.append(' ');
      }
      boolean small = title.length() > 0 && SMALL_WORDS.contains(word);
      title.append(small || word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return title.toString();
  }
}
