package org.uprlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uprlens.ingest.Fixtures;

class IngestCommandTest {
  @TempDir
  Path dir;

  @Test
  void countsKindsCharsetsAndRejectsAndGatesOnTheRejectRate() throws Exception {
    Files.write(dir.resolve("report.pdf"), Fixtures.reportPdf(null));
    Files.write(dir.resolve("legacy.txt"), ("Report of the Working Group on the Universal Periodic Review\rFreedonia’s"
        + " delegation “welcomed” the review – and the recommendations.\r").getBytes(Charset.forName("x-MacRoman")));
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Path json = dir.resolve("ingest.json");

    assertEquals(Main.TOO_MANY_REJECTS, Main.execute("ingest", "--input", dir.toString(), "--json", json.toString()));
    JsonNode out = new ObjectMapper().readTree(json.toFile());
    assertEquals(3, out.get("input_files").asInt());
    assertEquals(2, out.get("documents").asInt());
    assertEquals(1, out.get("reject_reasons").get("empty").asInt());
    assertEquals(1, out.get("kinds").get("compilation").asInt());
    assertEquals(1, out.get("kinds").get("working_group_report").asInt());
    assertEquals(1, out.get("charsets").get("x-MacRoman").asInt());
    assertEquals(0, out.get("mojibake").asInt());

    Files.delete(json);
    assertEquals(0, Main.execute("ingest", "--input", dir.toString(), "--max-reject-rate", "0.5"));
  }
}
