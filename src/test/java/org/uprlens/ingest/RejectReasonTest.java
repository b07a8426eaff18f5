package org.uprlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The closed list of reject reasons and the README's table of them are the same list. */
class RejectReasonTest {
  @Test
  void theReadmeDocumentsEveryReasonAndNoOther() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String table = readme.substring(readme.indexOf("| reason | meaning |"));
    table = table.substring(0, table.indexOf("\n\n"));
    Matcher row = Pattern.compile("(?m)^\\| `([a-z_]+)` \\|").matcher(table);
    List<String> documented = new java.util.ArrayList<>();
    while (row.find()) {
      documented.add(row.group(1));
    }
    assertEquals(Arrays.stream(RejectReason.values()).map(RejectReason::code).sorted().toList(),
        documented.stream().sorted().toList());
  }
}
