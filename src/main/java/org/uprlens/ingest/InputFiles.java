package org.uprlens.ingest;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Needs: the paths a user gave (files, folders, globs) on the local file system. Produces: every regular file
 * under them, once, sorted by path, plus a reject for each place the walk could not enter (a symbolic-link loop,
 * an unreadable folder). A path that matches nothing is the user's mistake and raises
 * {@link IllegalArgumentException}.
 */
public final class InputFiles {
  private InputFiles() {}

  /** A file to analyse: its absolute path and size in bytes. */
  public record InputFile(String path, long size) implements Serializable {}

  public record Listing(List<InputFile> files, List<Reject> rejects) {
    public Listing {
      files = List.copyOf(files);
      rejects = List.copyOf(rejects);
    }

    public int total() {
      return files.size() + rejects.size();
    }
  }

  public static Listing list(List<String> inputs) throws IOException {
    Map<String, InputFile> files = new TreeMap<>();
    Map<String, Reject> rejects = new TreeMap<>();
    for (String input : inputs) {
      List<Path> roots = expand(input);
      if (roots.isEmpty()) {
        throw new IllegalArgumentException("input matches no file: " + input);
      }
      for (Path root : roots) {
        walk(root, files, rejects);
      }
    }
    return new Listing(new ArrayList<>(files.values()), new ArrayList<>(rejects.values()));
  }

  static boolean isGlob(String input) {
    return input.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  private static List<Path> expand(String input) throws IOException {
    String local = input.startsWith("file:") ? Path.of(java.net.URI.create(input)).toString() : input;
    if (!isGlob(local)) {
      Path path = Path.of(local).toAbsolutePath().normalize();
      if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        throw new IllegalArgumentException("input does not exist: " + input);
      }
      return List.of(path);
    }
    Path absolute = Path.of(local).toAbsolutePath();
    Path base = absolute.getRoot();
    int depth = 0;
    for (Path part : absolute) {
      if (isGlob(part.toString())) {
        break;
      }
      base = base.resolve(part);
      depth++;
    }
    if (!Files.isDirectory(base)) {
      return List.of();
    }
    PathMatcher matcher = base.getFileSystem().getPathMatcher("glob:" + absolute);
    int levels = local.contains("**") ? Integer.MAX_VALUE : absolute.getNameCount() - depth;
    List<Path> matches = new ArrayList<>();
    try (var stream = Files.find(base, levels, (p, attrs) -> matcher.matches(p))) {
      stream.forEach(p -> matches.add(p.normalize()));
    }
    matches.sort(null);
    return matches;
  }

  private static void walk(Path root, Map<String, InputFile> files, Map<String, Reject> rejects) throws IOException {
    Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile()) {
              files.putIfAbsent(file.toString(), new InputFile(file.toString(), attrs.size()));
            } else if (!attrs.isDirectory()) {
              rejects.putIfAbsent(file.toString(), new Reject(file.toString(), RejectReason.UNREADABLE,
                  "not a regular file (device, socket, pipe or dangling link)"));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            String path = file.toString();
            if (e instanceof FileSystemLoopException) {
              rejects.putIfAbsent(path, new Reject(path, RejectReason.SYMLINK_LOOP,
                  "link leads back into its own parent folder; not followed"));
            } else {
              rejects.putIfAbsent(path, new Reject(path, RejectReason.UNREADABLE,
                  e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
