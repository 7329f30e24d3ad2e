package io.claimcheck.read;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the {@code --input} option means, and the document ids of the files it matches. Pure string
 * logic, so it can be tested without a file system.
 *
 * <ul>
 *   <li>An input with a wildcard ({@code * ? [ {}) is a glob, used as it is; its root is the
 *       directory before the first wildcard.
 *   <li>An input ending in a supported extension is one file.
 *   <li>Anything else is a directory: every {@code .txt}, {@code .txt.gz}, {@code .jsonl} and
 *       {@code .jsonl.gz} file below it, at any depth.
 * </ul>
 */
public final class InputFiles {

  /** The file name endings a directory input is searched for. */
  public static final List<String> EXTENSIONS = List.of(".txt", ".txt.gz", ".jsonl", ".jsonl.gz");

  private InputFiles() {}

  /** Whether {@code input} holds a glob wildcard. */
  public static boolean isGlob(String input) {
    return firstWildcard(input) >= 0;
  }

  /** Whether {@code input} names a directory: neither a glob nor a file with a supported extension. */
  public static boolean isDirectory(String input) {
    return !isGlob(input) && !hasSupportedExtension(input);
  }

  /**
   * The file patterns to match for {@code input}. A directory is one pattern for every file below
   * it ({@code dir/**}), which {@link #isInput} then narrows to the supported extensions: one walk
   * of the tree instead of one per extension (a walk of a million files takes seconds).
   */
  public static List<String> patterns(String input) {
    if (!isDirectory(input)) {
      return List.of(input);
    }
    return List.of(stripTrailingSlashes(input) + "/**");
  }

  /**
   * Whether {@code path}, matched by one of {@link #patterns}({@code input}), is an input: for a
   * directory, a file with a supported extension; for a glob or a file, every match.
   */
  public static boolean isInput(String input, String path) {
    return !isDirectory(input) || hasSupportedExtension(path);
  }

  /**
   * The directory that relative document ids are taken from: the directory before the first
   * wildcard of a glob, the parent of a single file, or the directory itself. {@code "."} when the
   * glob starts with a wildcard.
   */
  public static String root(String input) {
    String dirPart;
    int wildcard = firstWildcard(input);
    if (wildcard >= 0) {
      dirPart = input.substring(0, lastSeparator(input.substring(0, wildcard)) + 1);
    } else if (hasSupportedExtension(input)) {
      dirPart = input.substring(0, lastSeparator(input) + 1);
    } else {
      dirPart = stripTrailingSlashes(input) + "/";
    }
    return dirPart.isEmpty() ? "." : dirPart;
  }

  /** Whether {@code path} is a JSONL file (one article per line). */
  public static boolean isJsonl(String path) {
    return path.endsWith(".jsonl") || path.endsWith(".jsonl.gz");
  }

  /** The id of a text file whose name is unique in the run: its name without {@code .txt}/{@code .txt.gz}. */
  public static String baseId(String path) {
    return stripTextExtension(path.substring(lastSeparator(path) + 1));
  }

  /**
   * Ids for files that share a {@link #baseId}: each file's path relative to {@code root} without
   * {@code .txt}/{@code .txt.gz}. Should two of those still collide ({@code a.txt} next to
   * {@code a.txt.gz}), those keep their full relative path, extension included, so ids stay unique.
   *
   * @param root the input root as an absolute path or URI, as the file system names matched files
   * @param paths the matched paths (duplicates are ignored)
   * @return path → id, for every distinct path
   */
  public static Map<String, String> assignIds(String root, Collection<String> paths) {
    TreeSet<String> distinct = new TreeSet<>(paths);
    Map<String, String> ids = new TreeMap<>();
    if (distinct.size() == 1) {
      String path = distinct.first();
      ids.put(path, baseId(path));
      return ids;
    }
    Map<String, Integer> uses = new TreeMap<>();
    for (String path : distinct) {
      String id = stripTextExtension(relative(root, path));
      ids.put(path, id);
      uses.merge(id, 1, Integer::sum);
    }
    ids.replaceAll((path, id) -> uses.get(id) > 1 ? relative(root, path) : id);
    return ids;
  }

  /** {@code path} relative to {@code root}; the whole path when it is not below the root. */
  static String relative(String root, String path) {
    String prefix = root.endsWith("/") || root.endsWith("\\") ? root : root + "/";
    return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
  }

  private static boolean hasSupportedExtension(String input) {
    return EXTENSIONS.stream().anyMatch(input::endsWith);
  }

  private static String stripTextExtension(String name) {
    if (name.endsWith(".txt.gz")) {
      return name.substring(0, name.length() - ".txt.gz".length());
    }
    if (name.endsWith(".txt")) {
      return name.substring(0, name.length() - ".txt".length());
    }
    return name;
  }

  private static String stripTrailingSlashes(String path) {
    String out = path;
    while (out.length() > 1 && out.endsWith("/")) {
      out = out.substring(0, out.length() - 1);
    }
    return out;
  }

  private static int firstWildcard(String input) {
    for (int i = 0; i < input.length(); i++) {
      if ("*?[{".indexOf(input.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static int lastSeparator(String path) {
    return Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  }
}
