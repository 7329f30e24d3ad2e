package io.claimcheck.story;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class ComponentsTest {

  @Test
  public void rootIsTheSmallestIdWhateverTheEdgeOrder() {
    List<List<String>> edges = List.of(List.of("d", "c"), List.of("c", "b"), List.of("x", "y"), List.of("b", "e"));
    Components forward = new Components();
    edges.forEach(e -> forward.union(e.get(0), e.get(1)));
    Components backward = new Components();
    for (int i = edges.size() - 1; i >= 0; i--) {
      backward.union(edges.get(i).get(1), edges.get(i).get(0));
    }
    Map<String, String> expected = Map.of("b", "b", "c", "b", "d", "b", "e", "b", "x", "x", "y", "x");
    assertThat(forward.roots()).isEqualTo(expected);
    assertThat(backward.roots()).isEqualTo(expected);
  }

  @Test
  public void anUnseenIdIsItsOwnRoot() {
    Components c = new Components();
    c.union("a", "b");
    assertThat(c.find("z")).isEqualTo("z");
    assertThat(c.find("b")).isEqualTo("a");
  }
}
