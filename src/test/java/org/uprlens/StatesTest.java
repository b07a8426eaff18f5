package org.uprlens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatesTest {
  @Test
  void demonymsNameTheirStateAndSharedOnesNone() {
    assertEquals("Netherlands", States.byDemonym("Dutch").orElseThrow().name());
    assertEquals("South Africa", States.byDemonym("South African").orElseThrow().name());
    assertEquals("Niger", States.byDemonym("Nigerien").orElseThrow().name());
    assertEquals("Nigeria", States.byDemonym("Nigerian").orElseThrow().name());
    assertTrue(States.byDemonym("Congolese").isEmpty(), "two Congos");
    assertTrue(States.byDemonym("dutch").isEmpty(), "a demonym is written with its capital");
  }

  @Test
  void everyMemberAndObserverStateOnce() {
    assertEquals(195, States.all().size());
    assertEquals(195, States.all().stream().map(States.State::iso3).distinct().count());
  }

  @Test
  void namesAndVariantsResolveToOneState() {
    for (String name : new String[] {"Iran (Islamic Republic of)", "Iran(Islamic Republic of )", "IRAN",
        "Islamic Republic of Iran"}) {
      assertEquals("IRN", States.byName(name).orElseThrow().iso3(), name);
    }
    assertEquals("GBR", States.byName("United Kingdom of Great Britain and Northern Ireland").orElseThrow().iso3());
    assertEquals("CIV", States.byName("Côte d’Ivoire").orElseThrow().iso3());
    assertEquals("TUR", States.byName("Turkey").orElseThrow().iso3());
    assertEquals("KNA", States.byName("St Kitts & Nevis").orElseThrow().iso3());
    assertEquals("NLD", States.byName("the Netherlands").orElseThrow().iso3());
    assertEquals("ARE", States.byName("UAE").orElseThrow().iso3());
    assertEquals("MMR", States.byName("Burma").orElseThrow().iso3());
    assertTrue(States.byName("Atlantis").isEmpty());
  }

  @Test
  void aCapitalStandsForItsStateOnlyWhereAsked() {
    assertEquals("VNM", States.byNameOrCapital("Hanoi").orElseThrow().iso3());
    assertEquals("COL", States.byNameOrCapital("Bogota").orElseThrow().iso3());
    assertEquals("GBR", States.byName("Britain").orElseThrow().iso3());
    assertTrue(States.byName("Hanoi").isEmpty(), "a capital is not a name of its State");
    assertTrue(States.mentions("The meeting in Paris adopted the Paris Principles.").isEmpty(),
        "nor is it a mention of one");
  }

  @Test
  void regionsAreUprInfosGroups() {
    assertEquals("WEOG", States.byIso3("deu").orElseThrow().region());
    assertEquals("GRULAC", States.byName("Chile").orElseThrow().region());
    assertEquals("Observer", States.byName("Holy See").orElseThrow().region());
    assertTrue(States.names().indexOf("Niger") > States.names().indexOf("Nigeria"), "longest names first");
  }
}
