package org.uprlens.job;

import org.apache.hadoop.fs.Path;

/** Input and output locations: local paths as given, anything with a scheme (file:, hdfs:, s3a:) through Hadoop. */
final class JobPaths {
  private JobPaths() {}

  static boolean hasScheme(String location) {
    int colon = location.indexOf(':');
    return colon > 1 && location.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*");
  }

  static boolean isLocal(String location) {
    return !hasScheme(location) || location.startsWith("file:");
  }

  /** A local path names a local file even where Hadoop's default file system is HDFS. */
  static Path hadoopPath(String location) {
    if (hasScheme(location)) {
      return new Path(location);
    }
    return new Path(java.nio.file.Path.of(location).toAbsolutePath().toUri());
  }
}
