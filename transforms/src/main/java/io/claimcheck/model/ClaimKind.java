package io.claimcheck.model;

/** What sort of statement a claim is. */
public enum ClaimKind {
  /** A number with what it measures: a rate, an amount, a count, a duration, a measure. */
  QUANTITY,
  /** A person holding a role, current or former. */
  ROLE,
  /** Something that happens: who meets, attends, visits, travels, and when. */
  EVENT,
  /** A position taken by a person or a country: rules out, plans to, lobbies for. */
  STANCE;

  /** Whether a source that does not state a claim of this kind can be said to omit a fact. */
  public boolean omissible() {
    // Roles describe people; a source that names a person differently has not left out a fact.
    return this != ROLE;
  }
}
