package io.claimcheck.story;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Union-find over document ids whose root is always the smallest id of the component, so the
 * result does not depend on the order edges arrive in. Not thread-safe; one instance per use.
 */
public final class Components {

  private final Map<String, String> parent = new HashMap<>();

  /** Joins the components of {@code a} and {@code b}. */
  public void union(String a, String b) {
    String ra = find(a);
    String rb = find(b);
    if (ra.equals(rb)) {
      return;
    }
    if (ra.compareTo(rb) < 0) {
      parent.put(rb, ra);
    } else {
      parent.put(ra, rb);
    }
  }

  /** The smallest id of the component of {@code id} ({@code id} itself when never joined). */
  public String find(String id) {
    String root = id;
    String p;
    while ((p = parent.get(root)) != null && !p.equals(root)) {
      root = p;
    }
    // Path compression: point every visited id straight at the root.
    String cur = id;
    while (!cur.equals(root)) {
      String next = parent.get(cur);
      parent.put(cur, root);
      cur = next;
    }
    return root;
  }

  /** Every id seen by {@link #union}, mapped to its root, sorted by id. */
  public Map<String, String> roots() {
    Map<String, String> out = new TreeMap<>();
    for (String id : new java.util.ArrayList<>(parent.keySet())) {
      out.put(id, find(id));
    }
    for (String root : new java.util.ArrayList<>(out.values())) {
      out.putIfAbsent(root, root);
    }
    return out;
  }
}
