package io.claimcheck.model;

import static com.google.common.truth.Truth.assertWithMessage;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.util.CoderUtils;

/**
 * Checks that a coder carries every field of its type: builds a fully populated instance by
 * reflection (every component a distinct, non-default value, so that a field the coder leaves out
 * and the constructor fills with a default is noticed), round trips it and compares field by field.
 * A field added to a model class but not to its coder fails here, named.
 */
public final class FieldCoverage {
  private int next = 1;

  private FieldCoverage() {}

  /** A record of type {@code type} with every component set, nested records included. */
  public static <T extends Record> T populated(Class<T> type) {
    return new FieldCoverage().record(type);
  }

  /** Round trips {@code value} and checks every declared instance field of its class. */
  public static <T> void assertEveryFieldSurvives(Coder<T> coder, T value) throws Exception {
    T decoded = CoderUtils.clone(coder, value);
    List<String> checked = new ArrayList<>();
    for (Field field : value.getClass().getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      field.setAccessible(true);
      assertWithMessage("%s.%s after a round trip with %s", value.getClass().getSimpleName(), field.getName(), coder)
          .that(Objects.deepEquals(field.get(decoded), field.get(value)))
          .isTrue();
      checked.add(field.getName());
    }
    assertWithMessage("fields of %s", value.getClass()).that(checked).isNotEmpty();
  }

  @SuppressWarnings("unchecked")
  private <T extends Record> T record(Class<T> type) {
    try {
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      Object[] args = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        args[i] = value(components[i].getGenericType());
      }
      Constructor<T> canonical = type.getDeclaredConstructor(types);
      canonical.setAccessible(true);
      return canonical.newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot populate " + type, e);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Object value(Type type) {
    int n = next++;
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (List.class.isAssignableFrom(raw)) {
        return List.of(value(args[0]), value(args[0]));
      }
      if (java.util.Map.class.isAssignableFrom(raw)) {
        TreeMap map = new TreeMap<>();
        map.put(value(args[0]), value(args[1]));
        map.put(value(args[0]), value(args[1]));
        return map;
      }
      throw new AssertionError("FieldCoverage does not know how to fill " + type + "; teach it");
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      return "v" + n + "-é東\uD83D\uDE00";
    } else if (c == int.class || c == Integer.class) {
      return 1000 + n;
    } else if (c == long.class || c == Long.class) {
      return 1_000_000_000_000L + n;
    } else if (c == double.class || c == Double.class) {
      return n + 0.125;
    } else if (c == boolean.class || c == Boolean.class) {
      return true;
    } else if (c == long[].class) {
      return new long[] {n, -n, Long.MAX_VALUE - n};
    } else if (c.isEnum()) {
      Object[] constants = c.getEnumConstants();
      return constants[constants.length - 1]; // not the first: a coder writing no field would decode a default
    } else if (c.isRecord()) {
      return record((Class<? extends Record>) c);
    }
    throw new AssertionError("FieldCoverage does not know how to fill " + type + "; teach it");
  }
}
