package io.claimcheck.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The hand-written {@code labels.json} of one evaluation story (format: {@code fixtures/eval/README.md}).
 *
 * @param story the story name (normally its directory name)
 * @param description one line about the story
 * @param contradictions the contradictions a careful reader finds
 * @param omissions the omissions a careful reader finds
 * @param agreed facts the sources agree on, which must not be flagged as contradictions
 * @param tolerated findings that count neither way
 * @param numeric the numeric variant, or null
 * @param omission the omission variant, or null
 */
record StoryLabels(
    String story,
    String description,
    List<Label> contradictions,
    List<Label> omissions,
    List<Label> agreed,
    List<Tolerated> tolerated,
    NumericVariant numeric,
    OmissionVariant omission) {

  static final String CONTRADICTION = "CONTRADICTION";
  static final String OMISSION = "OMISSION";

  /** A labelled finding or agreed fact; {@code flagged} is empty for agreed facts. */
  record Label(String id, String fact, String key, List<String> flagged) {}

  /** A finding the labeler neither requires nor forbids. */
  record Tolerated(String type, String key) {}

  /** Replace the first {@code find} in {@code doc} by {@code replace}: expect a contradiction. */
  record NumericVariant(String doc, String find, String replace, String key) {}

  /** Delete every sentence of {@code delete} from {@code doc}: expect an omission. */
  record OmissionVariant(String doc, List<String> delete, String key) {}

  /** A labels.json that cannot be used: the message says which field and why. */
  static final class LabelException extends Exception {
    LabelException(String message) {
      super(message);
    }
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> TYPES = Set.of(CONTRADICTION, OMISSION);

  /** Reads and checks {@code file}. */
  static StoryLabels load(Path file) throws IOException, LabelException {
    JsonNode root;
    try {
      root = MAPPER.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new LabelException("not valid JSON: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()));
    }
    return parse(root);
  }

  /** Checks and converts a parsed labels.json. */
  static StoryLabels parse(JsonNode root) throws LabelException {
    if (root == null || !root.isObject()) {
      throw new LabelException("labels.json must hold a JSON object");
    }
    String story = text(root, "story", "", true);
    String description = text(root, "description", "", false);
    List<Label> contradictions = labels(root, "contradictions", true);
    List<Label> omissions = labels(root, "omissions", true);
    List<Label> agreed = labels(root, "agreed", false);
    List<Tolerated> tolerated = new ArrayList<>();
    for (JsonNode node : array(root, "tolerated")) {
      String type = text(node, "type", "tolerated", true);
      if (!TYPES.contains(type)) {
        throw new LabelException("tolerated: type must be CONTRADICTION or OMISSION, not '" + type + "'");
      }
      tolerated.add(new Tolerated(type, key(node, "tolerated")));
    }
    NumericVariant numeric = null;
    OmissionVariant omission = null;
    JsonNode variants = root.get("variants");
    if (variants != null && !variants.isNull()) {
      JsonNode n = variants.get("numeric");
      if (n != null && !n.isNull()) {
        String where = "variants.numeric";
        numeric = new NumericVariant(text(n, "doc", where, true), text(n, "find", where, true),
            text(n, "replace", where, true), key(n, where));
        if (numeric.find().equals(numeric.replace())) {
          throw new LabelException(where + ": replace equals find");
        }
      }
      JsonNode o = variants.get("omission");
      if (o != null && !o.isNull()) {
        String where = "variants.omission";
        List<String> delete = strings(o, "delete", where);
        if (delete.isEmpty()) {
          throw new LabelException(where + ": delete must list at least one sentence");
        }
        omission = new OmissionVariant(text(o, "doc", where, true), delete, key(o, where));
      }
    }
    checkUniqueIds(contradictions, omissions, agreed);
    return new StoryLabels(story, description, contradictions, omissions, agreed, tolerated, numeric, omission);
  }

  /** Every document id the labels name (flagged docs and variant docs). */
  List<String> namedDocs() {
    List<String> docs = new ArrayList<>();
    contradictions.forEach(l -> docs.addAll(l.flagged()));
    omissions.forEach(l -> docs.addAll(l.flagged()));
    if (numeric != null) {
      docs.add(numeric.doc());
    }
    if (omission != null) {
      docs.add(omission.doc());
    }
    return docs;
  }

  private static List<Label> labels(JsonNode root, String field, boolean withFlagged) throws LabelException {
    List<Label> out = new ArrayList<>();
    int i = 0;
    for (JsonNode node : array(root, field)) {
      String where = field + "[" + i++ + "]";
      String id = text(node, "id", where, true);
      where = field + " " + id;
      List<String> flagged = withFlagged ? strings(node, "flagged", where) : List.of();
      if (withFlagged && flagged.isEmpty()) {
        throw new LabelException(where + ": flagged must name at least one document");
      }
      out.add(new Label(id, text(node, "fact", where, false), key(node, where), flagged));
    }
    return out;
  }

  private static String key(JsonNode node, String where) throws LabelException {
    String key = text(node, "key", where, true);
    int star = key.indexOf('*');
    if (star >= 0 && star != key.length() - 1) {
      throw new LabelException(where + ": key may only end in '*', got '" + key + "'");
    }
    if (key.equals("*")) {
      throw new LabelException(where + ": key '*' would match every finding");
    }
    return key;
  }

  private static Iterable<JsonNode> array(JsonNode node, String field) throws LabelException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new LabelException(field + " must be an array");
    }
    return value;
  }

  private static List<String> strings(JsonNode node, String field, String where) throws LabelException {
    JsonNode value = node.get(field);
    if (value == null || !value.isArray()) {
      throw new LabelException(where + ": " + field + " must be an array of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isTextual() || item.asText().isEmpty()) {
        throw new LabelException(where + ": " + field + " must hold non-empty strings");
      }
      out.add(item.asText());
    }
    return out;
  }

  private static String text(JsonNode node, String field, String where, boolean required) throws LabelException {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw new LabelException((where.isEmpty() ? "" : where + ": ") + "missing '" + field + "'");
      }
      return "";
    }
    if (!value.isTextual() || (required && value.asText().isEmpty())) {
      throw new LabelException((where.isEmpty() ? "" : where + ": ") + "'" + field + "' must be a non-empty string");
    }
    return value.asText();
  }

  @SafeVarargs
  private static void checkUniqueIds(List<Label>... lists) throws LabelException {
    Set<String> seen = new java.util.HashSet<>();
    for (List<Label> list : lists) {
      for (Label label : list) {
        if (!seen.add(label.id())) {
          throw new LabelException("label id '" + label.id() + "' is used twice");
        }
      }
    }
  }
}
