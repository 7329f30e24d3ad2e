package io.claimcheck.model;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.util.VarInt;

/**
 * The field encodings shared by the pipeline's hand-written coders ({@link ModelCoder}). Every
 * encoding is self-delimiting (so a coder reads the same bytes in a nested and an outer context)
 * and a function of the value alone (so equal values give equal bytes, which makes the coders
 * deterministic and lets them be {@code GroupByKey} keys).
 *
 * <ul>
 *   <li>{@code String}: a VarLong header, {@code 0} for null, else {@code 1 + (n << 1 | form)};
 *       form 0 is {@code n} bytes of UTF-8, form 1 (only for strings with an unpaired surrogate,
 *       which UTF-8 cannot carry) is {@code n} UTF-16 code units, big-endian. Every string round
 *       trips exactly.
 *   <li>{@code int}: VarInt; {@code double}: the 8 bytes of {@link Double#doubleToLongBits}, so
 *       that every NaN encodes alike ({@code equals} treats them as equal) while {@code 0.0} and
 *       {@code -0.0} stay distinct (as {@code equals} does); a nullable {@code Double} is a
 *       presence byte and then the {@code double}.
 *   <li>enum: its ordinal as VarInt (coded bytes never outlive one job, so reordering constants is
 *       safe).
 *   <li>list: VarInt size + 1 ({@code 0} for null), then the elements; sorted map: VarInt size, then
 *       key and value of each entry in key order.
 * </ul>
 */
public final class CoderIo {

  private CoderIo() {}

  /** Writes a string, which may be null. */
  public static void writeString(String s, OutputStream out) throws IOException {
    if (s == null) {
      out.write(0);
      return;
    }
    if (hasUnpairedSurrogate(s)) {
      int n = s.length();
      VarInt.encode(1 + ((long) n << 1 | 1), out);
      byte[] units = new byte[2 * n];
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        units[2 * i] = (byte) (c >>> 8);
        units[2 * i + 1] = (byte) c;
      }
      out.write(units);
      return;
    }
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    VarInt.encode(1 + ((long) bytes.length << 1), out);
    out.write(bytes);
  }

  /** Reads a string written by {@link #writeString}. */
  public static String readString(InputStream in) throws IOException {
    long header = VarInt.decodeLong(in);
    if (header == 0) {
      return null;
    }
    long n = (header - 1) >>> 1;
    boolean utf16 = ((header - 1) & 1) == 1;
    if (header < 0 || n > (utf16 ? Integer.MAX_VALUE / 2 : Integer.MAX_VALUE - 8)) {
      throw new CoderException("bad string header " + header);
    }
    byte[] bytes = readBytes(in, (int) (utf16 ? 2 * n : n));
    if (!utf16) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    char[] chars = new char[(int) n];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = (char) ((bytes[2 * i] & 0xff) << 8 | (bytes[2 * i + 1] & 0xff));
    }
    return new String(chars);
  }

  /** Writes a string that must not be null (a record component its constructor requires). */
  public static void writeRequiredString(String s, OutputStream out) throws IOException {
    if (s == null) {
      throw new CoderException("null string in a field that cannot be null");
    }
    writeString(s, out);
  }

  public static void writeInt(int value, OutputStream out) throws IOException {
    VarInt.encode(value, out);
  }

  public static int readInt(InputStream in) throws IOException {
    return VarInt.decodeInt(in);
  }

  public static void writeLong(long value, OutputStream out) throws IOException {
    out.write(new byte[] {
        (byte) (value >>> 56), (byte) (value >>> 48), (byte) (value >>> 40), (byte) (value >>> 32),
        (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
  }

  public static long readLong(InputStream in) throws IOException {
    byte[] b = readBytes(in, 8);
    long v = 0;
    for (byte x : b) {
      v = v << 8 | (x & 0xff);
    }
    return v;
  }

  public static void writeDouble(double value, OutputStream out) throws IOException {
    writeLong(Double.doubleToLongBits(value), out);
  }

  public static double readDouble(InputStream in) throws IOException {
    return Double.longBitsToDouble(readLong(in));
  }

  public static void writeNullableDouble(Double value, OutputStream out) throws IOException {
    if (value == null) {
      out.write(0);
    } else {
      out.write(1);
      writeDouble(value, out);
    }
  }

  public static Double readNullableDouble(InputStream in) throws IOException {
    int present = readByte(in);
    if (present == 0) {
      return null;
    }
    if (present != 1) {
      throw new CoderException("bad presence byte " + present);
    }
    return readDouble(in);
  }

  /** Writes an enum constant, which must not be null. */
  public static void writeEnum(Enum<?> value, OutputStream out) throws IOException {
    if (value == null) {
      throw new CoderException("null enum constant");
    }
    VarInt.encode(value.ordinal(), out);
  }

  /** Reads an enum constant; {@code values} is the enum's {@code values()} (cached by the caller). */
  public static <E extends Enum<E>> E readEnum(E[] values, InputStream in) throws IOException {
    int ordinal = VarInt.decodeInt(in);
    if (ordinal < 0 || ordinal >= values.length) {
      throw new CoderException("bad ordinal " + ordinal + " for " + values.getClass().getComponentType());
    }
    return values[ordinal];
  }

  /** Writes a list, which may be null, with {@code elementCoder} for its elements. */
  public static <T> void writeList(List<T> list, Coder<T> elementCoder, OutputStream out) throws IOException {
    if (list == null) {
      out.write(0);
      return;
    }
    VarInt.encode(list.size() + 1, out);
    for (T element : list) {
      elementCoder.encode(element, out);
    }
  }

  /** Reads a list written by {@link #writeList}: null, or a modifiable {@link ArrayList}. */
  public static <T> List<T> readList(Coder<T> elementCoder, InputStream in) throws IOException {
    int header = VarInt.decodeInt(in);
    if (header == 0) {
      return null;
    }
    if (header < 0) {
      throw new CoderException("bad list size " + header);
    }
    // No pre-sizing from the header: a corrupt size must not allocate gigabytes.
    List<T> list = new ArrayList<>(Math.min(header - 1, 1024));
    for (int i = 0; i < header - 1; i++) {
      list.add(elementCoder.decode(in));
    }
    return list;
  }

  /** Writes a list of strings (which may be null, as may its elements). */
  public static void writeStringList(List<String> list, OutputStream out) throws IOException {
    if (list == null) {
      out.write(0);
      return;
    }
    VarInt.encode(list.size() + 1, out);
    for (String s : list) {
      writeString(s, out);
    }
  }

  public static List<String> readStringList(InputStream in) throws IOException {
    int header = VarInt.decodeInt(in);
    if (header == 0) {
      return null;
    }
    if (header < 0) {
      throw new CoderException("bad list size " + header);
    }
    List<String> list = new ArrayList<>(Math.min(header - 1, 1024));
    for (int i = 0; i < header - 1; i++) {
      list.add(readString(in));
    }
    return list;
  }

  /**
   * Writes a string map in key order, whatever its own iteration order, so that equal maps give
   * equal bytes. Keys must not be null.
   */
  public static void writeStringMap(Map<String, String> map, OutputStream out) throws IOException {
    SortedMap<String, String> sorted =
        map instanceof SortedMap<String, String> s && s.comparator() == null ? s : new TreeMap<>(map);
    VarInt.encode(sorted.size(), out);
    for (Map.Entry<String, String> e : sorted.entrySet()) {
      writeRequiredString(e.getKey(), out);
      writeString(e.getValue(), out);
    }
  }

  /** Reads a map written by {@link #writeStringMap} into an unmodifiable, naturally ordered map. */
  public static SortedMap<String, String> readStringMap(InputStream in) throws IOException {
    int size = VarInt.decodeInt(in);
    if (size < 0) {
      throw new CoderException("bad map size " + size);
    }
    TreeMap<String, String> map = new TreeMap<>();
    for (int i = 0; i < size; i++) {
      map.put(readString(in), readString(in));
    }
    return Collections.unmodifiableSortedMap(map);
  }

  /**
   * The array's length, then each value as a fixed 8-byte long: hashes use all 64 bits, so a
   * VarLong would only grow them.
   */
  public static void writeLongArray(long[] values, OutputStream out) throws IOException {
    writeInt(values.length, out);
    byte[] bytes = new byte[8 * values.length];
    for (int i = 0; i < values.length; i++) {
      long v = values[i];
      for (int b = 0; b < 8; b++) {
        bytes[8 * i + b] = (byte) (v >>> (56 - 8 * b));
      }
    }
    out.write(bytes);
  }

  /** An array written by {@link #writeLongArray}. */
  public static long[] readLongArray(InputStream in) throws IOException {
    int n = readInt(in);
    if (n < 0 || n > Integer.MAX_VALUE / 8) {
      throw new CoderException("bad array length " + n);
    }
    byte[] bytes = readBytes(in, 8 * n);
    long[] values = new long[n];
    for (int i = 0; i < n; i++) {
      long v = 0;
      for (int b = 0; b < 8; b++) {
        v = v << 8 | (bytes[8 * i + b] & 0xff);
      }
      values[i] = v;
    }
    return values;
  }

  /** Exactly {@code n} bytes, or {@link EOFException}. */
  public static byte[] readBytes(InputStream in, int n) throws IOException {
    byte[] bytes = in.readNBytes(n);
    if (bytes.length != n) {
      throw new EOFException("expected " + n + " bytes, got " + bytes.length);
    }
    return bytes;
  }

  private static int readByte(InputStream in) throws IOException {
    int b = in.read();
    if (b < 0) {
      throw new EOFException();
    }
    return b;
  }

  private static boolean hasUnpairedSurrogate(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      }
    }
    return false;
  }
}
