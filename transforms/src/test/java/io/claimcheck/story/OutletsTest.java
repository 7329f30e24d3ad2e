package io.claimcheck.story;

import static com.google.common.truth.Truth.assertThat;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class OutletsTest {

  @Test
  public void readsTheCreditOfWireStyleDatelines() {
    assertThat(Outlets.creditOf("WASHINGTON (Reuters) - The Senate voted on Tuesday.")).isEqualTo("reuters");
    assertThat(Outlets.creditOf("Flood waters rise\n\nBy Ana Ruiz\n\nNEW ORLEANS (AP) — Levees held overnight."))
        .isEqualTo("ap");
    assertThat(Outlets.creditOf("LONDON, March 3 (Thomson  Reuters Foundation) - Rents rose."))
        .isEqualTo("thomson reuters foundation");
    assertThat(Outlets.creditOf("SAN JUAN, Puerto Rico (AFP) – Power returned to half the island."))
        .isEqualTo("afp");
    assertThat(Outlets.creditOf("SÃO PAULO (Folha Diária): Bus fares went up.")).isEqualTo("folha diária");
  }

  @Test
  public void findsNoCreditWhereThereIsNoDateline() {
    // Brackets in running text, a dateline without a credit, a title-case line, a credit too deep
    // into the text to be a dateline.
    assertThat(Outlets.creditOf("The agency (FEMA) - which arrived late - said little.")).isEmpty();
    assertThat(Outlets.creditOf("PARIS - Museums reopened on Monday.")).isEmpty();
    assertThat(Outlets.creditOf("Storm Hits Coast (Video) - watch")).isEmpty();
    assertThat(Outlets.creditOf("x".repeat(1200) + "\nBERLIN (DPA) - Trains stopped.")).isEmpty();
    assertThat(Outlets.creditOf("")).isEmpty();
  }

  @Test
  public void theSourceFieldComesFirst() {
    assertThat(Outlets.of("  The Harbour  Times ", "OSLO (NTB) - Ferries ran late.")).isEqualTo("the harbour times");
    assertThat(Outlets.of("", "OSLO (NTB) - Ferries ran late.")).isEqualTo("ntb");
    assertThat(Outlets.of(null, "Ferries ran late.")).isEmpty();
  }

  @Test
  public void hashesAreStableAndKeyedPerOutlet() {
    assertThat(Outlets.hash("")).isEqualTo(Outlets.NONE);
    assertThat(Outlets.hash("ap")).isNotEqualTo(Outlets.NONE);
    assertThat(Outlets.hash("ap")).isEqualTo(Outlets.hash("ap"));
    assertThat(Outlets.hash("ap")).isNotEqualTo(Outlets.hash("afp"));
    long feature = MinHash.hash("e:harbour");
    assertThat(Outlets.featureKey(Outlets.hash("ap"), feature))
        .isNotEqualTo(Outlets.featureKey(Outlets.hash("afp"), feature));
    assertThat(Outlets.featureKey(Outlets.hash("ap"), feature)).isNotEqualTo(feature);
  }
}
