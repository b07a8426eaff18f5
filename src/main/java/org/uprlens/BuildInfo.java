package org.uprlens;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** Versions of this project and of the libraries whose behaviour a model or a run depends on. */
public final class BuildInfo {
  private static final String VERSIONS = "/org/uprlens/version.properties";

  private BuildInfo() {}

  public static String projectVersion() {
    return read(VERSIONS, "version");
  }

  /** Shaded into the job jar, so the build's version is the one that runs. */
  public static String smileVersion() {
    return read(VERSIONS, "smile");
  }

  /** Shaded into the job jar, so the build's version is the one that runs. */
  public static String coreNlpVersion() {
    return read(VERSIONS, "corenlp");
  }

  /** Every version a run or a model card records. */
  public static Map<String, String> versions() {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("uprlens", projectVersion());
    v.put("java", System.getProperty("java.version"));
    v.put("spark", sparkVersion());
    v.put("corenlp", coreNlpVersion());
    v.put("smile", smileVersion());
    v.put("jackson", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
    return v;
  }

  /** The Spark that runs (a cluster's may differ from the one built against), or "none" without Spark. */
  private static String sparkVersion() {
    try {
      return org.apache.spark.package$.MODULE$.SPARK_VERSION();
    } catch (NoClassDefFoundError e) {
      return "none";
    }
  }

  private static String read(String resource, String key) {
    try (InputStream in = BuildInfo.class.getResourceAsStream(resource)) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty(key, "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
