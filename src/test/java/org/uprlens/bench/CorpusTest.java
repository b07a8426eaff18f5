package org.uprlens.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uprlens.Sha256;

class CorpusTest {
  @TempDir
  Path dir;

  @Test
  void copiesReachTheSizeAreDistinctDocumentsAndAllUtf8() throws Exception {
    Path src = Files.createDirectories(dir.resolve("src"));
    Files.writeString(src.resolve("a.txt"), "The Committee recommended that the State act. ".repeat(20));
    // A Windows-1252 report: curly quotes and an e-acute are not UTF-8 bytes.
    Files.write(src.resolve("b.txt"), "\u201cC\u00f4te d\u2019Ivoire\u201d recommended it.\r\n".repeat(20)
        .getBytes(Charset.forName("windows-1252")));
    Files.copy(src.resolve("a.txt"), src.resolve("c.txt"));   // one report twice under two names
    Path corpus = dir.resolve("corpus");

    Corpus.Built built = Corpus.build(List.of(src), 5_000, corpus);
    assertEquals(2, built.sources(), "a source with the same bytes as another is left out");

    List<Path> files = Corpus.list(List.of(corpus));
    assertEquals(built.files(), files.size());
    assertTrue(built.bytes() >= 5_000 && built.files() >= 4, built.toString());
    long total = 0;
    Set<String> ids = new HashSet<>();
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      total += bytes.length;
      ids.add(Sha256.of(bytes));
      assertArrayEquals(bytes, Corpus.utf8(bytes), f + " is UTF-8");
    }
    assertEquals(built.bytes(), total);
    assertEquals(files.size(), ids.size(), "every copy has its own bytes, so its own doc_id");
    assertTrue(Files.readString(files.get(1)).contains("\u201cC\u00f4te d\u2019Ivoire\u201d"));
  }

  @Test
  void aCorpusBuiltFromTheSameRecipeIsReused() throws Exception {
    Path src = Files.createDirectories(dir.resolve("src"));
    Files.writeString(src.resolve("a.txt"), "Text. ".repeat(100));
    Path corpus = dir.resolve("corpus");
    Corpus.Built first = Corpus.build(List.of(src), 2_000, corpus);
    long modified = Files.getLastModifiedTime(Corpus.list(List.of(corpus)).get(0)).toMillis();
    Thread.sleep(20);
    assertEquals(first, Corpus.build(List.of(src), 2_000, corpus));
    assertEquals(modified, Files.getLastModifiedTime(Corpus.list(List.of(corpus)).get(0)).toMillis());
    try (Stream<Path> inCorpus = Files.list(corpus)) {
      assertTrue(inCorpus.noneMatch(p -> p.getFileName().toString().contains("recipe")),
          "the recipe is not an input of the job");
    }
    Corpus.Built bigger = Corpus.build(List.of(src), 4_000, corpus);
    assertTrue(bigger.bytes() >= 4_000, bigger.toString());
  }
}
