package org.uprlens.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.uprlens.Sha256;

/**
 * A benchmark corpus: the distinct source documents copied round-robin until the requested size is reached. Every copy
 * starts with a line naming the copy, so copies have different bytes and therefore different doc_ids, as distinct
 * documents would. Texts that are not UTF-8 (the Working Group reports are Windows-1252 / Mac Roman) are written as
 * UTF-8 from Windows-1252: the benchmark measures NLP throughput, not decoding.
 */
public final class Corpus {

  /** @param files documents written; @param bytes their total size */
  public record Built(Path dir, int files, long bytes, int sources) {}

  private Corpus() {}

  /** Builds the corpus in {@code dir}, or reuses the one there if it was built from the same sources and size. */
  public static Built build(List<Path> sources, long wantedBytes, Path dir) throws IOException {
    List<Path> files = distinct(list(sources));
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no source documents in " + sources);
    }
    String recipe = wantedBytes + " " + files.size() + " " + sources;
    // Beside the corpus, not in it: the job reads every file in the folder.
    Path marker = dir.resolveSibling(dir.getFileName() + ".recipe");
    if (Files.exists(marker) && Files.readString(marker).startsWith(recipe + "\n")) {
      String[] built = Files.readString(marker).split("\n")[1].split(" ");
      return new Built(dir, Integer.parseInt(built[0]), Long.parseLong(built[1]), files.size());
    }
    deleteRecursively(dir);
    List<byte[]> texts = new ArrayList<>(files.size());
    for (Path file : files) {
      texts.add(utf8(Files.readAllBytes(file)));
    }
    long written = 0;
    int count = 0;
    for (int copy = 0; written < wantedBytes; copy++) {
      Path copyDir = Files.createDirectories(dir.resolve(String.format("copy-%04d", copy)));
      byte[] header = ("UPR Lens benchmark copy " + copy + ".\n\n").getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < files.size() && written < wantedBytes; i++) {
        byte[] text = texts.get(i);
        byte[] out = new byte[header.length + text.length];
        System.arraycopy(header, 0, out, 0, header.length);
        System.arraycopy(text, 0, out, header.length, text.length);
        Files.write(copyDir.resolve(files.get(i).getFileName()), out);
        written += out.length;
        count++;
      }
    }
    Files.writeString(marker, recipe + "\n" + count + " " + written + "\n");
    return new Built(dir, count, written, files.size());
  }

  /**
   * The files without those whose bytes an earlier one has (the 2008-2014 reports hold one report twice under two
   * names): the job reads such a copy once and rejects the other, which a benchmark of distinct documents should not
   * measure.
   */
  static List<Path> distinct(List<Path> files) throws IOException {
    Set<String> seen = new HashSet<>();
    List<Path> distinct = new ArrayList<>();
    for (Path file : files) {
      if (seen.add(Sha256.of(Files.readAllBytes(file)))) {
        distinct.add(file);
      }
    }
    return distinct;
  }

  /** Regular files under the sources, in a stable order. */
  static List<Path> list(List<Path> sources) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path source : sources) {
      if (!Files.exists(source)) {
        throw new IllegalArgumentException("source does not exist: " + source);
      }
      try (Stream<Path> walk = Files.walk(source)) {
        walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
            .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
            .sorted(Comparator.comparing(Path::toString)).forEach(files::add);
      }
    }
    return files;
  }

  /** The bytes as UTF-8: unchanged when they are UTF-8 already, else read as Windows-1252. */
  static byte[] utf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return bytes;
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252")).getBytes(StandardCharsets.UTF_8);
    }
  }

  /**
   * Texts of the corpus, up to about {@code maxChars} (a rate needs no more, and they are held in memory), for the
   * splitting limit. The corpus is UTF-8 by construction.
   */
  public static List<String> texts(Path dir, long maxChars) throws IOException {
    List<String> texts = new ArrayList<>();
    long chars = 0;
    for (Path file : list(List.of(dir))) {
      if (chars >= maxChars) {
        break;
      }
      String text = Files.readString(file);
      texts.add(text);
      chars += text.length();
    }
    return texts;
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
