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
    assertThat(Outlets.creditOf("SÃO PAULO (Folha Diária) - Bus fares went up.")).isEqualTo("folha diária");
    assertThat(Outlets.creditOf("LEEDS (Channel 4 News) - Trains were cancelled.")).isEqualTo("channel 4 news");
  }

  @Test
  public void findsNoCreditWhereThereIsNoDateline() {
    // Brackets in running text, a dateline without a credit, a title-case line, a credit too deep
    // into the text to be a dateline.
    assertThat(Outlets.creditOf("The agency (FEMA) - which arrived late - said little.")).isEmpty();
    assertThat(Outlets.creditOf("PARIS - Museums reopened on Monday.")).isEmpty();
    assertThat(Outlets.creditOf("Storm Hits Coast (Video) - watch")).isEmpty();
    // A transcript's speakers and a team's formation are not datelines.
    assertThat(Outlets.creditOf("TAPPER (voice-over): The senator left early.")).isEmpty();
    assertThat(Outlets.creditOf("ARSENAL (4-2-3-1) - Raya; White, Saliba.")).isEmpty();
    assertThat(Outlets.creditOf("MARKETS (10:30 GMT) - Stocks fell.\nOSLO (NTB) - Ferries ran late.")).isEqualTo("ntb");
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
    // 64-bit FNV-1a of "outlet:ap", mixed: a fixed value, the same on every JVM and runner.
    assertThat(Outlets.hash("ap")).isEqualTo(-720560174174466203L);
    assertThat(Outlets.hash("ap")).isNotEqualTo(Outlets.hash("afp"));
    long feature = MinHash.hash("e:harbour");
    assertThat(Outlets.featureKey(Outlets.hash("ap"), feature))
        .isNotEqualTo(Outlets.featureKey(Outlets.hash("afp"), feature));
    assertThat(Outlets.featureKey(Outlets.hash("ap"), feature)).isNotEqualTo(feature);
  }
}
