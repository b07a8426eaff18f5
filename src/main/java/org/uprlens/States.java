package org.uprlens;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UN member and observer States, read from {@code states.csv}: the one place that knows their names, the variants
 * documents use ("Iran (Islamic Republic of)", "Iran", "Islamic Republic of Iran"), ISO codes and regional groups.
 */
public final class States {
  /** @param region the UN regional group as UPR Info codes it: Africa, Asia, EEG, GRULAC, WEOG or Observer */
  public record State(String iso3, String name, String region) {}

  private static final List<State> ALL = new ArrayList<>();
  private static final Map<String, State> BY_NAME = new HashMap<>();
  private static final Map<String, State> BY_ISO3 = new HashMap<>();
  /** Kept apart from the names: "Paris" in a text is not a mention of France, but "urged Hanoi to" asks Viet Nam. */
  private static final Map<String, State> BY_CAPITAL = new HashMap<>();
  /** "the Dutch envoy", "the Thai parliament": the adjective news use for a State, where no other State shares it. */
  private static final Map<String, State> BY_DEMONYM = new HashMap<>();

  static {
    load();
  }

  private States() {}

  /** The State a name refers to, ignoring case, accents of quotes, "&" for "and", a leading "the". */
  public static Optional<State> byName(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(normalise(name)));
  }

  /** The canonical name of the State {@code name} refers to ({@link #byName}), else {@code name} as it is. */
  public static String canonical(String name) {
    return byName(name).map(State::name).orElse(name);
  }

  /**
   * The State a whole phrase names by its name, or by its capital as news write of a government ("Washington urged
   * Hanoi to ..."); for a name that stands for the State, as an actor or addressee, not for a place in a text.
   */
  public static Optional<State> byNameOrCapital(String name) {
    return name == null ? Optional.empty()
        : byName(name).or(() -> Optional.ofNullable(BY_CAPITAL.get(normalise(name))));
  }

  /** The State a demonym names, as written with its capital: "Dutch", "South African", "Thai". */
  public static Optional<State> byDemonym(String word) {
    return word == null ? Optional.empty() : Optional.ofNullable(BY_DEMONYM.get(word.strip()));
  }

  public static Optional<State> byIso3(String iso3) {
    return iso3 == null ? Optional.empty() : Optional.ofNullable(BY_ISO3.get(iso3.toUpperCase(Locale.ROOT)));
  }

  /** A State named in a text, and where. */
  public record Mention(State state, int start, int end) {}

  /**
   * Every State named in {@code text}, in order, by any name or variant, ignoring case and curly versus straight
   * apostrophes (names in capitals too, but a name must start with a capital); a longer name wins over a shorter
   * one inside it ("Democratic Republic of the Congo" over "Congo").
   */
  public static List<Mention> mentions(CharSequence text) {
    List<Mention> found = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      // A name starts a word with a capital ("turkey", "chad" are common words; title blocks are in capitals).
      Pattern names = Character.isUpperCase(c) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
          ? Holder.BY_INITIAL.get(c) : null;
      if (names != null) {
        Matcher m = names.matcher(text).region(i, text.length()).useTransparentBounds(true);
        if (m.lookingAt()) {
          var state = byName(m.group().replaceAll("\\s+", " "));
          if (state.isPresent()) {
            found.add(new Mention(state.get(), m.start(), m.end()));
          }
          i = m.end();
          continue;
        }
      }
      i++;
    }
    return found;
  }

  /**
   * Built on first use: per capital initial, an alternation of the names starting with it, longest first, so the
   * longest name matches. Tried only where a capitalised word starts, instead of every name at every character.
   */
  private static final class Holder {
    static final Map<Character, Pattern> BY_INITIAL = new HashMap<>();

    static {
      Map<Character, StringBuilder> alternations = new TreeMap<>();
      for (String name : names()) {
        if (name.length() < 4 && name.equals(name.toUpperCase(Locale.ROOT))) {
          continue; // "US", "USA", "DPRK" would match ordinary capitals and abbreviations
        }
        StringBuilder alternation = alternations.computeIfAbsent(Character.toUpperCase(name.charAt(0)),
            k -> new StringBuilder());
        alternation.append(alternation.length() == 0 ? "" : "|").append(lenient(name));
      }
      alternations.forEach((initial, alternation) -> BY_INITIAL.put(initial, Pattern.compile(
          "(?:" + alternation + ")(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
    }
  }

  /** A name as a regex that allows any white space between words and either apostrophe. */
  private static String lenient(String name) {
    StringBuilder regex = new StringBuilder();
    for (String part : name.split("(?=[\\s'’])|(?<=[\\s'’])")) {
      if (part.isBlank()) {
        regex.append("\\s+");
      } else if (part.equals("'") || part.equals("’")) {
        regex.append("['’]");
      } else {
        regex.append(Pattern.quote(part));
      }
    }
    return regex.toString();
  }

  public static List<State> all() {
    return List.copyOf(ALL);
  }

  /** Every name and variant, as written in the table, longest first (for scanning text). */
  public static List<String> names() {
    List<String> names = new ArrayList<>();
    try (BufferedReader reader = open()) {
      for (String[] row : rows(reader)) {
        names.add(row[1]);
        if (!row[3].isEmpty()) {
          names.addAll(List.of(row[3].split("\\|")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    names.sort((a, b) -> Integer.compare(b.length(), a.length()));
    return names;
  }

  static String normalise(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
        .replace('’', '\'').replace('‘', '\'').replace("&", " and ").replace(".", "")
        .replace("(", " (").replace(")", ") ");
    n = n.replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")").strip();
    return n.startsWith("the ") ? n.substring(4) : n;
  }

  private static void load() {
    try (BufferedReader reader = open()) {
      for (String[] row : rows(reader)) {
        State state = new State(row[0], row[1], row[2]);
        ALL.add(state);
        BY_ISO3.put(state.iso3(), state);
        BY_NAME.put(normalise(state.name()), state);
        if (!row[3].isEmpty()) {
          for (String alias : row[3].split("\\|")) {
            BY_NAME.putIfAbsent(normalise(alias), state);
          }
        }
        if (!row[4].isEmpty()) {
          for (String capital : row[4].split("\\|")) {
            BY_CAPITAL.put(normalise(capital), state);
          }
        }
        if (!row[5].isEmpty()) {
          for (String demonym : row[5].split("\\|")) {
            BY_DEMONYM.put(demonym, state);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BufferedReader open() {
    InputStream in = States.class.getResourceAsStream("states.csv");
    if (in == null) {
      throw new IllegalStateException("states.csv is missing from the classpath");
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /**
   * iso3, name, region, aliases, capitals, demonyms: names may be quoted (they contain commas); the others never
   * contain commas.
   */
  private static List<String[]> rows(BufferedReader reader) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line; (line = reader.readLine()) != null; ) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("iso3,")) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '"') {
          quoted = !quoted;
        } else if (c == ',' && !quoted) {
          cells.add(cell.toString());
          cell.setLength(0);
        } else {
          cell.append(c);
        }
      }
      cells.add(cell.toString());
      while (cells.size() < 6) {
        cells.add("");
      }
      rows.add(cells.toArray(String[]::new));
    }
    return rows;
  }
}
