package org.uprlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  private static List<String> names(InputFiles.Listing listing) {
    return listing.files().stream().map(f -> Path.of(f.path()).getFileName().toString()).toList();
  }

  @Test
  void foldersAreReadRecursivelyAndEachFileOnce() throws IOException {
    write("a.txt", "a");
    write("sub/b.txt", "bb");
    write("sub/deeper/c.html", "ccc");
    InputFiles.Listing listing = InputFiles.list(List.of(dir.toString(), dir.resolve("sub").toString()));
    assertEquals(List.of("a.txt", "b.txt", "c.html"), names(listing));
    assertEquals(2, listing.files().get(1).size());
    assertTrue(listing.rejects().isEmpty());
  }

  @Test
  void globsSelectFiles() throws IOException {
    write("a.txt", "a");
    write("b.md", "b");
    write("sub/c.txt", "c");
    assertEquals(List.of("a.txt"), names(InputFiles.list(List.of(dir + "/*.txt"))));
    assertEquals(List.of("a.txt", "c.txt"), names(InputFiles.list(List.of(dir + "/**.txt"))));
  }

  @Test
  void aSymlinkLoopIsRejectedAndTheRestIsListed() throws IOException {
    write("sub/a.txt", "a");
    Files.createSymbolicLink(dir.resolve("sub/loop"), dir);
    InputFiles.Listing listing = InputFiles.list(List.of(dir.toString()));
    assertEquals(List.of("a.txt"), names(listing));
    assertEquals(1, listing.rejects().size());
    assertEquals(RejectReason.SYMLINK_LOOP, listing.rejects().get(0).reason());
    assertEquals(2, listing.total());
  }

  @Test
  void aDanglingLinkIsRejected() throws IOException {
    Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("nowhere.txt"));
    InputFiles.Listing listing = InputFiles.list(List.of(dir.toString()));
    assertEquals(RejectReason.UNREADABLE, listing.rejects().get(0).reason());
  }

  @Test
  void aMissingInputIsTheUsersMistake() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> InputFiles.list(List.of(dir.resolve("missing").toString())));
    assertTrue(e.getMessage().contains("missing"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> InputFiles.list(List.of(dir + "/*.pdf")));
  }
}
