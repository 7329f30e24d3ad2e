package io.claimcheck.normalize;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class NameAliasesTest {

  @Test
  public void wordOrderDoesNotMatter() {
    NameAliases a = NameAliases.build(List.of("kim min-jun", "min-jun kim"));
    assertThat(a.canonical("min-jun kim")).isEqualTo(a.canonical("kim min-jun"));
  }

  @Test
  public void surnameJoinsTheOnlyFullName() {
    NameAliases a = NameAliases.build(List.of("okafor", "chidi okafor", "lena brandt"));
    assertThat(a.canonical("okafor")).isEqualTo("chidi okafor");
    assertThat(a.canonical("lena brandt")).isEqualTo("lena brandt");
  }

  @Test
  public void ambiguousSurnameIsLeftAlone() {
    NameAliases a = NameAliases.build(List.of("smith", "john smith", "ann smith"));
    assertThat(a.canonical("smith")).isEqualTo("smith");
  }

  @Test
  public void mostMentionedSpellingIsCanonical() {
    NameAliases a = NameAliases.build(java.util.Map.of("nakamura yui", 1L, "yui nakamura", 3L, "nakamura", 2L));
    assertThat(a.canonical("nakamura yui")).isEqualTo("yui nakamura");
    assertThat(a.canonical("nakamura")).isEqualTo("yui nakamura");
  }

  @Test
  public void unknownNameIsItself() {
    assertThat(NameAliases.NONE.canonical("someone")).isEqualTo("someone");
  }
}
