package org.uprlens.train;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range of UPR Working Group sessions ("1-18", "19", "17-"), to train on earlier sessions and evaluate on later
 * ones: the way the project is scored (on a session after the development data), and how a model ages.
 *
 * @param first the first session kept
 * @param last the last session kept, {@link Integer#MAX_VALUE} for open-ended
 */
public record Sessions(int first, int last) {
  /** Every session: what a card without a range was trained on. */
  private static final Sessions ALL = new Sessions(1, Integer.MAX_VALUE);
  private static final Pattern RANGE = Pattern.compile("(\\d+)(?:\\s*(-)\\s*(\\d+)?)?");

  public Sessions {
    if (first < 1 || last < first) {
      throw new IllegalArgumentException("sessions must be a range of sessions from 1 up: " + first + "-" + last);
    }
  }

  /** Parses "N", "N-M" or "N-" (N and later). */
  public static Sessions parse(String text) {
    Matcher m = RANGE.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("--sessions takes N, N-M or N- (for example 1-18, 19, 17-): '" + text + "'");
    }
    int first = Integer.parseInt(m.group(1));
    if (m.group(2) == null) {
      return new Sessions(first, first);
    }
    return new Sessions(first, m.group(3) == null ? Integer.MAX_VALUE : Integer.parseInt(m.group(3)));
  }

  /** Whether a row's session cell is in the range; a cell that is not a number is in no range. */
  public boolean contains(String session) {
    if (session == null) {
      return false;
    }
    try {
      int n = Integer.parseInt(session.strip());
      return n >= first && n <= last;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Whether two ranges as written in a card ("1-18"; null for all sessions) share a session. */
  public static boolean overlap(String a, String b) {
    Sessions x = a == null ? ALL : parse(a);
    Sessions y = b == null ? ALL : parse(b);
    return x.first <= y.last && y.first <= x.last;
  }

  @Override
  public String toString() {
    return first == last ? String.valueOf(first) : first + "-" + (last == Integer.MAX_VALUE ? "" : last);
  }
}
