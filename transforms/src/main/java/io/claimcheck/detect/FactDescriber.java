package io.claimcheck.detect;

import io.claimcheck.model.Claim;
import io.claimcheck.normalize.Nouns;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fact of a finding in plain words, from its claim kind, subject, attribute and qualifiers:
 * {@code Tariff rate on car (target: Japan)}, {@code Donald Trump attends},
 * {@code Shigeru Ishiba's stance on countermeasure}, {@code Number of countries that request},
 * {@code Offer amount per share}, {@code Winning margin in votes of Lena Garanton}, {@code Age of Ilsa
 * Ostrowe}, {@code Ilsa Ostrowe as mayor}.
 */
final class FactDescriber {

  private FactDescriber() {}

  static String describe(Claim claim, Map<String, String> qualifiers) {
    Map<String, String> rest = new TreeMap<>(qualifiers);
    StringBuilder b = new StringBuilder();
    switch (claim.kind()) {
      case QUANTITY -> {
        if (claim.attribute().equals("count")) {
          b.append("Number of ").append(Nouns.plural(claim.subject()));
          String event = rest.remove("event");
          if (event != null) {
            b.append(" (").append(event).append(")");
          }
          String winner = rest.remove("winner");
          if (winner != null) {
            b.append(" for ").append(title(winner));
          }
        } else if (claim.attribute().equals("margin")) {
          b.append("Winning margin in ").append(Nouns.plural(claim.subject()));
          rest.remove("event");
          String winner = rest.remove("winner");
          if (winner != null) {
            b.append(" of ").append(title(winner));
          }
        } else {
          b.append(capitalize(claim.subject())).append(' ').append(claim.attribute());
        }
        String per = rest.remove("per");
        if (per != null) {
          b.append(" per ").append(per);
        }
        String product = rest.remove("product");
        if (product != null) {
          b.append(" on ").append(product);
        }
        String target = rest.remove("target");
        if (target != null) {
          b.append(" for ").append(title(target));
        }
        String scope = rest.remove("scope");
        if (scope != null) {
          b.append(" (").append(scope).append(")");
        }
      }
      case EVENT -> {
        String people = rest.containsKey("persons") ? rest.remove("persons") : rest.remove("actor");
        String patient = rest.remove("person");
        if (patient != null) {
          b.append(capitalize(claim.attribute())).append(" of ").append(title(patient)); // "Arrest of Daniel Okafor"
        } else if (people != null) {
          b.append(title(people)).append(' ').append(claim.attribute().equals("meet") ? "meet" : claim.attribute() + "s");
        } else {
          b.append("Date of the ").append(claim.subject());
        }
      }
      case STANCE -> {
        b.append(title(rest.getOrDefault("holder", claim.subject()))).append("'s stance on ").append(claim.attribute());
        rest.remove("holder");
      }
      case ROLE -> {
        if (claim.attribute().equals("age")) {
          b.append("Age of ").append(title(rest.getOrDefault("person", claim.subject())));
        } else {
          b.append(title(rest.getOrDefault("person", claim.subject()))).append(" as ").append(rest.getOrDefault("role", ""));
        }
        rest.remove("person");
        rest.remove("role");
      }
      default -> b.append(claim.topicKey());
    }
    rest.forEach((k, v) -> b.append(" (").append(k).append(": ").append(v).append(")"));
    return b.toString();
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Title case for names: "donald trump" -> "Donald Trump". */
  static String title(String s) {
    StringBuilder b = new StringBuilder();
    boolean start = true;
    for (char ch : s.toCharArray()) {
      b.append(start ? Character.toUpperCase(ch) : ch);
      start = ch == ' ' || ch == '-' || ch == '&';
    }
    return b.toString();
  }
}
