package org.uprlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RejectRateTest {
  @Test
  void copiesOfOtherInputsCountNeitherAsRejectsNorAsInputs() {
    assertEquals(0, RejectRate.check(4, 10, 0.2, Map.of("duplicate", 3L, "damaged", 1L)),
        "1 bad file of the 7 that are no copies: within 20%");
    assertEquals(Main.TOO_MANY_REJECTS, RejectRate.check(4, 10, 0.2, Map.of("damaged", 4L)));
  }
}
