package io.claimcheck.story;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns the verified links of a corpus into stories: the connected components of the links that
 * hold, each member mapped to the smallest id of its component.
 *
 * <p>A link between two documents says their features are alike; it does not say that the documents
 * around them are. Over millions of documents a few unrelated articles share names by chance, and
 * with single linkage one such link joins two whole stories; once there are about as many chance
 * links as stories, stories chain into one giant one (109,028 of 2,000,000 generated documents). So
 * a link can be required to hold in its neighbourhood too: of the two ends' closed neighbourhoods
 * (each end and the documents linked to it), at least {@code minOverlap} of the smaller one must lie
 * in the other (the overlap coefficient). The documents of a story link to each other, so the
 * smaller end's neighbours are mostly the larger end's too; and a document that links into one
 * story only — a late report linked to one of its articles, or to two that link to each other —
 * lies within that story's neighbourhood whatever the story's size. A chance link between two stories joins two ends whose
 * neighbourhoods share nothing but the two ends: at 0.75 it holds only when one end has no other
 * link, and such an end cannot chain two stories. {@code minOverlap} 0 keeps every link (single
 * linkage).
 *
 * <p>Deterministic: the result depends only on the set of links, not on their order or repeats. Not
 * thread-safe; one instance per use.
 */
public final class StoryGraph {

  private final Map<String, Integer> nodeOfId = new HashMap<>();
  private String[] ids = new String[16];
  private long[] pairs = new long[16];
  private int pairCount;
  private int linkCount;
  private int linksWithoutSupport;
  private int linksPastTheCap;

  /** Adds a verified link (repeats are ignored). */
  public void add(LinkedPair link) {
    int a = node(link.first());
    int b = node(link.second());
    if (pairCount == pairs.length) {
      pairs = Arrays.copyOf(pairs, 2 * pairs.length);
    }
    pairs[pairCount++] = pairKey(a, b);
  }

  private int node(String id) {
    Integer known = nodeOfId.get(id);
    if (known != null) {
      return known;
    }
    int n = nodeOfId.size();
    nodeOfId.put(id, n);
    if (n == ids.length) {
      ids = Arrays.copyOf(ids, 2 * n);
    }
    ids[n] = id;
    return n;
  }

  /** The pair of nodes {@code a} and {@code b} as one long, the smaller first: {@code >>> 32}, {@code (int)}. */
  static long pairKey(int a, int b) {
    return a < b ? ((long) a << 32) | (b & 0xffffffffL) : ((long) b << 32) | (a & 0xffffffffL);
  }

  /**
   * Every linked document mapped to the smallest id of its story (roots map to themselves), through
   * the links whose ends' neighbourhoods overlap by at least {@code minOverlap}; a document whose
   * links all fail is left out (a story of its own).
   */
  public Map<String, String> stories(double minOverlap) {
    return stories(minOverlap, 0);
  }

  /**
   * As {@link #stories(double)}, on the links left when each document keeps only its {@code
   * maxLinks} partners first in the pivot order (a link stays when either end
   * keeps it; 0: all; {@link PartnerCap}). {@link ShardLinker} caps each shard's links the same way, and capping here
   * again makes the result the cap of all the links, whatever the number of shards: a partner among
   * a document's first in all its links is among its first in the shard that linked them.
   */
  public Map<String, String> stories(double minOverlap, int maxLinks) {
    int n = nodeOfId.size();
    long[] distinct = Arrays.copyOf(pairs, pairCount);
    Arrays.sort(distinct);
    int m = 0;
    for (int i = 0; i < distinct.length; i++) {
      if (i == 0 || distinct[i] != distinct[i - 1]) {
        distinct[m++] = distinct[i];
      }
    }
    linkCount = m;
    if (maxLinks > 0) {
      m = capPerDocument(distinct, m, n, maxLinks);
    }
    linksPastTheCap = linkCount - m;
    // Sorted adjacency lists in one array (compressed rows): neighbours of v at [start[v], start[v+1]).
    int[] start = new int[n + 1];
    for (int i = 0; i < m; i++) {
      start[(int) (distinct[i] >>> 32) + 1]++;
      start[(int) distinct[i] + 1]++;
    }
    for (int v = 0; v < n; v++) {
      start[v + 1] += start[v];
    }
    int[] neighbours = new int[2 * m];
    int[] fill = Arrays.copyOf(start, n);
    for (int i = 0; i < m; i++) {
      int a = (int) (distinct[i] >>> 32);
      int b = (int) distinct[i];
      neighbours[fill[a]++] = b;
      neighbours[fill[b]++] = a;
    }
    // Each list is sorted already: pairs are sorted by (smaller, larger) node, so a node first
    // receives its smaller neighbours in order (as the pairs' second node), then its larger ones.
    int[] parent = new int[n];
    for (int v = 0; v < n; v++) {
      parent[v] = v;
    }
    boolean[] joined = new boolean[n];
    linksWithoutSupport = 0;
    for (int i = 0; i < m; i++) {
      int a = (int) (distinct[i] >>> 32);
      int b = (int) distinct[i];
      if (minOverlap > 0 && overlap(neighbours, start, a, b) < minOverlap) {
        linksWithoutSupport++;
        continue;
      }
      union(parent, a, b);
      joined[a] = true;
      joined[b] = true;
    }
    Map<String, String> roots = new HashMap<>();
    for (int v = 0; v < n; v++) {
      if (joined[v]) {
        roots.put(ids[v], ids[find(parent, v)]);
      }
    }
    return roots;
  }

  /**
   * Keeps, of the first {@code m} sorted distinct pairs, those that either end keeps among its
   * {@code max} partners first in the pivot order; moves them to the front, in order; returns how
   * many.
   */
  private int capPerDocument(long[] distinct, int m, int n, int max) {
    String[] nodeIds = Arrays.copyOf(ids, n);
    PartnerCap cap = new PartnerCap(nodeIds, PartnerCap.pivotHashes(nodeIds), max);
    for (int i = 0; i < m; i++) {
      cap.offer((int) (distinct[i] >>> 32), (int) distinct[i]);
    }
    int k = 0;
    for (int i = 0; i < m; i++) {
      if (cap.keeps((int) (distinct[i] >>> 32), (int) distinct[i])) {
        distinct[k++] = distinct[i];
      }
    }
    return k;
  }

  /** Distinct links seen by the last {@link #stories} call. */
  public int linkCount() {
    return linkCount;
  }

  /** Distinct links the last {@link #stories} call left out: partners past a document's cap. */
  public int linksPastTheCap() {
    return linksPastTheCap;
  }

  /** Links the last {@link #stories} call did not join through (their neighbourhoods differ). */
  public int linksWithoutSupport() {
    return linksWithoutSupport;
  }

  /**
   * The overlap coefficient of the closed neighbourhoods of linked nodes {@code a} and {@code b}:
   * the share of the smaller one that lies in the other. Both contain a and b, so the shared part is
   * 2 plus their common neighbours.
   */
  static double overlap(int[] neighbours, int[] start, int a, int b) {
    int i = start[a];
    int j = start[b];
    int common = 0;
    int la = start[a + 1] - i;
    int lb = start[b + 1] - j;
    if (Math.min(la, lb) * 16 < Math.max(la, lb)) {
      // A story's hub has thousands of neighbours, a report a few dozen: look each of the few up.
      int small = la < lb ? a : b;
      int large = la < lb ? b : a;
      for (int k = start[small]; k < start[small + 1]; k++) {
        if (Arrays.binarySearch(neighbours, start[large], start[large + 1], neighbours[k]) >= 0) {
          common++;
        }
      }
      return (double) (2 + common) / (Math.min(la, lb) + 1);
    }
    while (i < start[a + 1] && j < start[b + 1]) {
      if (neighbours[i] == neighbours[j]) {
        common++;
        i++;
        j++;
      } else if (neighbours[i] < neighbours[j]) {
        i++;
      } else {
        j++;
      }
    }
    // N[a] = {a} + adj(a), which holds b; likewise for b. Shared: a, b and the common neighbours.
    int shared = 2 + common;
    int smaller = Math.min(start[a + 1] - start[a], start[b + 1] - start[b]) + 1;
    return (double) shared / smaller;
  }

  private int find(int[] parent, int x) {
    int root = x;
    while (parent[root] != root) {
      root = parent[root];
    }
    while (parent[x] != root) {
      int next = parent[x];
      parent[x] = root;
      x = next;
    }
    return root;
  }

  /** Joins the components of {@code a} and {@code b}, keeping the smallest id as the root. */
  private void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra == rb) {
      return;
    }
    if (ids[ra].compareTo(ids[rb]) < 0) {
      parent[rb] = ra;
    } else {
      parent[ra] = rb;
    }
  }
}
