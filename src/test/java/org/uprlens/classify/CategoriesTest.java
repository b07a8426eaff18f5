package org.uprlens.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CategoriesTest {
  @Test
  void everyIssueHasOneOfTwentyCategories() {
    assertEquals(54, Categories.mapping().size());
    assertEquals(20, Categories.mapping().values().stream().distinct().count());
  }

  @Test
  void issuesMapToSortedDistinctCategories() {
    assertEquals(List.of("life-liberty-security", "women"),
        Categories.of(List.of("Women's rights", "Death penalty", "Detention")));
    assertEquals(List.of("other"), Categories.of(List.of("An issue the grouping does not know")));
  }
}
