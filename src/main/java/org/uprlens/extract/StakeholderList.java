package org.uprlens.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Needs: a document's text. Produces: the names that the list of sources closing an OHCHR summary of stakeholders'
 * submissions gives for its acronyms, acronym first ("AI  Amnesty International, London (United Kingdom);"), so that
 * "AI recommended" is credited to Amnesty International and "VARUH urged" to the ombudsman it stands for. Joint
 * submissions ("JS2  Joint submission 2 submitted by: ...") keep their label: their name is a list of members.
 *
 * <p>An acronym may be more than one word ("ADF International  Alliance Defending Freedom"), and the text does not
 * say where it ends, so each entry is offered under its first one, two and three words; the resolver only looks up
 * the acronyms the summary's sentences use.
 */
final class StakeholderList {
  /** Where the list starts: its title, its lead sentence, or its first group's heading on a line of its own. */
  private static final Pattern START = Pattern.compile("(?im)^[ \\t]*(?:list of (?:stakeholders|contributors)"
      + "|the stakeholders listed below|civil society[ \\t]*:?[ \\t]*$|individual submissions?[ \\t]*:)");
  /** A word an acronym may open with: two capitals at least ("AI", "CoE-CPT", "JS1", "VARUH"). */
  private static final Pattern ACRONYM = Pattern.compile("[A-Z][\\p{L}\\d&.-]*");
  /** The name ends where the place or a remark starts: "Amnesty International, London (United Kingdom)*". */
  private static final Pattern NAME_END = Pattern.compile("[,(*]|\\s[-–—]\\s");
  private static final int MAX_ENTRIES = 500;
  private static final int MAX_NAME_WORDS = 16;

  private StakeholderList() {}

  /** Acronym → name, for every entry of the list; empty when the document has none. */
  static Map<String, String> namesIn(String text) {
    Map<String, String> names = new HashMap<>();
    Matcher start = START.matcher(text);
    if (!start.find()) {
      return names;
    }
    String[] entries = text.substring(start.end()).split("[;\\n]", MAX_ENTRIES + 1);
    for (int e = 0; e < Math.min(entries.length, MAX_ENTRIES); e++) {
      String[] words = entries[e].strip().split("\\s+");
      if (words.length < 2 || !isAcronym(words[0])) {
        continue;
      }
      for (int k = 1; k <= Math.min(3, words.length - 1); k++) {
        if (k > 1 && !Character.isUpperCase(words[k - 1].charAt(0))) {
          break;
        }
        String name = name(String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length)));
        if (name != null) {
          names.putIfAbsent(String.join(" ", java.util.Arrays.copyOfRange(words, 0, k)), name);
        }
      }
    }
    return names;
  }

  private static boolean isAcronym(String word) {
    return ACRONYM.matcher(word).matches() && word.chars().filter(Character::isUpperCase).count() >= 2;
  }

  /** The entry's name, without its place and "The"; null when the words are not a name. */
  private static String name(String rest) {
    Matcher end = NAME_END.matcher(rest);
    String name = (end.find() ? rest.substring(0, end.start()) : rest).strip().replaceFirst("^(?i:the)\\s+", "");
    String[] words = name.split("\\s+");
    if (name.isEmpty() || words.length > MAX_NAME_WORDS || !Character.isUpperCase(name.charAt(0))
        || name.regionMatches(true, 0, "joint submission", 0, 16)) {
      return null;
    }
    for (String word : words) {
      // A name's words are capitalised but for the small ones: "Global Initiative to End All Corporal Punishment".
      if (Character.isLowerCase(word.charAt(0)) && !Acronyms.SMALL.contains(word)) {
        return null;
      }
    }
    return name;
  }
}
