package org.uprlens.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Needs: a noun phrase that a call or a reporting verb addresses, and the document's State under review. Produces:
 * whether the phrase names that State through one of its organs, "the Kazakh authorities", "local and national
 * authorities", "the federal, provincial and local governments", "the police", "Ruritania's parliament".
 *
 * <p>Only words that narrow an organ to a level or branch of the same State may stand before it; "other
 * governments", "donor governments", "the American government" name someone else.
 */
final class Organs {
  /** Head nouns of a State's organs. */
  private static final Set<String> HEADS = Set.of("government", "governments", "authorities", "parliament",
      "legislature", "assembly", "police", "judiciary", "courts", "prosecutors", "forces", "military", "army");
  /** Words that say which level or branch of the State: "the federal and local authorities". */
  private static final Set<String> LEVELS = Set.of("the", "its", "and", "federal", "provincial", "local",
      "regional", "municipal", "national", "central", "state", "county", "district", "city", "relevant",
      "competent", "judicial", "law", "enforcement", "security", "armed", "prison", "military", "transitional",
      "interim", "caretaker", "de", "facto", "all", "new");
  /** Words among {@link #LEVELS} that narrow nothing: "all governments" are still everyone's. */
  private static final Set<String> UNNARROWING = Set.of("the", "its", "and", "all");
  /** A demonym shares at least this much of its State's name: Kazakh, Kazakhstan; Iranian, Iran; Thai, Thailand. */
  private static final int DEMONYM_STEM = 4;

  private Organs() {}

  /**
   * An organ by its office, named in full: "the Ministry of Health", "the Public Prosecution Service", "the Office
   * of the Attorney General", "the National Assembly", "the Supreme Court", "the Central Election Commission".
   */
  private static final Pattern NAMED_OFFICE = Pattern.compile("(?i:(?:the\\s+)?(?:ministry|ministries|minister"
      + "|office\\s+of\\s+the\\s+(?:attorney|prosecutor|public\\s+prosecutor|president|prime\\s+minister|ombuds)"
      + "|attorney[- ]general|prosecutor[- ]general|public\\s+prosecut(?:ion|or)['’]?s?\\s+(?:service|office)"
      + "|national\\s+(?:assembly|police|parliament|congress)|supreme\\s+court|constitutional\\s+court"
      + "|(?:(?:national|central|independent)\\s+)?(?:electoral|election)\\s+(?:commission|council|authority))\\p{L}*)"
      // the rest of its name, capitalised: "of Justice", "General", "for Women and Social Affairs"
      + "(?:\\s+(?:of|for|on|and|the|\\p{Lu}[\\p{L}'’-]*))*");

  /** Whether {@code phrase} names {@code reviewed} (a canonical State name, may be null) by an organ of it. */
  static boolean ofReviewed(String phrase, String reviewed) {
    if (NAMED_OFFICE.matcher(phrase.strip()).matches()) {
      // "the Ministry of Foreign Affairs of Norway" is another State's
      return org.uprlens.States.mentions(phrase).stream().allMatch(m -> m.state().name().equals(reviewed));
    }
    String[] words = phrase.replace(",", " ").replaceAll("['’]s\\b", "").strip().split("\\s+");
    if (words.length == 0 || !HEADS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
      return false;
    }
    boolean narrowed = false;
    for (int i = 0; i < words.length - 1; i++) {
      String lower = words[i].toLowerCase(Locale.ROOT);
      if (!LEVELS.contains(lower) && !namesReviewed(words[i], reviewed)) {
        return false;
      }
      narrowed |= !UNNARROWING.contains(lower);
    }
    // "Governments should ..." and "all governments" are everyone's; "the federal and local governments" one State's
    return narrowed || !words[words.length - 1].equalsIgnoreCase("governments");
  }

  /** "Kazakh", "Kazakhstan" for Kazakhstan: a capitalised word that starts as the State's name does. */
  private static boolean namesReviewed(String word, String reviewed) {
    if (reviewed == null || word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    String name = reviewed.toLowerCase(Locale.ROOT);
    String lower = word.toLowerCase(Locale.ROOT);
    int stem = Math.min(DEMONYM_STEM, Math.min(lower.length(), name.length()));
    return lower.length() >= 3 && name.startsWith(lower.substring(0, stem)) && lower.length() <= name.length() + 3;
  }
}
