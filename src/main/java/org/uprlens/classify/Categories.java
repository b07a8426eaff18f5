package org.uprlens.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The fixed grouping of UPR Info issues into coarse rights categories, read from {@code categories.csv}. */
public final class Categories {
  private static final Map<String, String> CATEGORY_OF_ISSUE = load();

  private Categories() {}

  /** The categories of the given issues, sorted, without duplicates; an unknown issue maps to "other". */
  public static List<String> of(Collection<String> issues) {
    TreeSet<String> categories = new TreeSet<>();
    for (String issue : issues) {
      categories.add(CATEGORY_OF_ISSUE.getOrDefault(issue, "other"));
    }
    return new ArrayList<>(categories);
  }

  /** Issue name to category, in file order. */
  public static Map<String, String> mapping() {
    return CATEGORY_OF_ISSUE;
  }

  private static Map<String, String> load() {
    Map<String, String> map = new LinkedHashMap<>();
    try (InputStream in = Categories.class.getResourceAsStream("categories.csv")) {
      if (in == null) {
        throw new IllegalStateException("categories.csv is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#") || line.equals("category,issue")) {
          continue;
        }
        int comma = line.indexOf(',');
        String previous = map.put(line.substring(comma + 1), line.substring(0, comma));
        if (previous != null) {
          throw new IllegalStateException("issue listed twice in categories.csv: " + line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(map);
  }
}
