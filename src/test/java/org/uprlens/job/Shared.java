package org.uprlens.job;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The third-party data beside the repository ({@code ../shared}); tests that need it skip without it. */
public final class Shared {
  private Shared() {}

  public static Path root() {
    return Path.of(System.getProperty("uprlens.shared", "../shared"));
  }

  /** The path under ../shared, or a skipped test that says what is missing. */
  public static Path require(String relative) {
    Path path = root().resolve(relative);
    if (!Files.exists(path)) {
      // Surefire does not print the reason of a class skipped in @BeforeAll; say it on the console.
      System.err.println("SKIPPED: " + path + " is not present (the ../shared data folder is absent)");
    }
    assumeTrue(Files.exists(path), "skipped: " + path + " is not present (the ../shared data folder is absent)");
    return path;
  }
}
