package io.claimcheck.model;

/** What sort of statement a claim is. */
public enum ClaimKind {
  /** A number with what it measures: a rate, an amount, a count, a duration, a measure. */
  QUANTITY,
  /** What describes a person: a role (current or former) or an age. */
  ROLE,
  /** Something that happens: who meets, attends, visits, travels, and when. */
  EVENT,
  /** A position taken by a person or a country: rules out, plans to, lobbies for. */
  STANCE;

  /** Whether a source that does not state a claim of this kind can be said to omit a fact. */
  public boolean omissible() {
    // Roles and ages describe people; a source that describes a person differently or not at
    // all has not left out a fact of the story.
    return this != ROLE;
  }
}
