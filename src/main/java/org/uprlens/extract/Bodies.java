package org.uprlens.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The UN treaty bodies' names ({@code bodies.csv}): an actor printed as "Committee Against Torture", "the
 * Committee against Torture" or "CAT" is written as "Committee against Torture", so that one body's
 * recommendations are counted under one name, as {@link org.uprlens.States} does for States.
 */
final class Bodies {
  private static final Map<String, String> BY_NAME = new HashMap<>();
  private static final Map<String, String> BY_ACRONYM = new HashMap<>();

  static {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        Bodies.class.getResourceAsStream("bodies.csv"), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank() || line.startsWith("#") || line.equals("name,acronym")) {
          continue;
        }
        int comma = line.lastIndexOf(',');
        String name = line.substring(0, comma).replace("\"", "").strip();
        String acronym = line.substring(comma + 1).strip();
        BY_NAME.put(name.toLowerCase(Locale.ROOT), name);
        for (String each : acronym.split(";")) {
          if (!each.isBlank()) {
            BY_ACRONYM.put(each.strip(), name);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bodies.csv", e);
    }
  }

  private Bodies() {}

  /** The body's canonical name when {@code actor} names a treaty body, else {@code actor} as it is. */
  static String canonical(String actor) {
    if (actor == null) {
      return null;
    }
    String name = actor.strip().replaceFirst("^(?i:the)\\s+", "").replaceAll("\\s+", " ");
    String known = BY_NAME.get(name.toLowerCase(Locale.ROOT));
    if (known == null) {
      known = BY_ACRONYM.get(name);
    }
    return known != null ? known : acronymList(name, actor);
  }

  /**
   * "CESCR and CEDAW", "CAT, CRC and UNHCR": a list of acronyms, with the treaty bodies' written out as one of them
   * alone is ("Committee on Economic, Social and Cultural Rights and the Committee on the Elimination of
   * Discrimination against Women"); {@code actor} when the list has none or is not a list of acronyms.
   */
  private static String acronymList(String name, String actor) {
    String[] parts = name.split(",\\s+(?:and\\s+)?|\\s+and\\s+");
    if (parts.length < 2 || java.util.Arrays.stream(parts).noneMatch(BY_ACRONYM::containsKey)
        || !java.util.Arrays.stream(parts).allMatch(p -> p.matches("\\p{Lu}[\\p{Lu}\\d-]{1,9}"))) {
      return actor;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      out.append(i == 0 ? "" : i == parts.length - 1 ? " and " : ", ");
      String body = BY_ACRONYM.get(parts[i]);
      out.append(body == null ? parts[i] : i == 0 ? body : "the " + body);
    }
    return out.toString();
  }
}
