package io.github.imapichecks.annotations;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The names and meanings of one class's code constants, behind the {@code nameOf} and {@code
 * describe} of {@link ImapiError}, {@link Imapi2Error} and {@link Imapi2FsError}: the names read
 * from the constants themselves, the meanings from one row per code. A new code is its constant and
 * its row.
 *
 * <p>Each of those classes builds its table in a nested holder class, so that the reflection runs
 * when {@code nameOf} or {@code describe} is first called, not when a constant is read.
 */
final class CodeTable {
  private final Map<Integer, String> names;
  private final Map<Integer, String> meanings;

  /**
   * @param constants the class whose public static {@code int} fields are the codes
   * @param rows each code's value, then what it means
   */
  CodeTable(Class<?> constants, Object... rows) {
    this.names = names(constants);
    this.meanings = meanings(rows);
  }

  /**
   * The name of the constant whose value is {@code hr}.
   *
   * @param hr an HRESULT
   * @return the constant's name, or {@code 0x} and eight upper-case hexadecimal digits
   */
  String nameOf(int hr) {
    String name = names.get(hr);
    return name != null ? name : hex(hr);
  }

  /**
   * What {@code hr} means.
   *
   * @param hr an HRESULT
   * @return its row's meaning, or that it is an unknown failure or success, and its hexadecimal
   *     form
   */
  String describe(int hr) {
    String meaning = meanings.get(hr);
    if (meaning != null) {
      return meaning;
    }
    return (hr < 0 ? "unknown failure " : "unknown success ") + hex(hr);
  }

  private static Map<Integer, String> names(Class<?> constants) {
    Map<Integer, String> names = new HashMap<>();
    for (Field field : constants.getFields()) {
      if (field.getType() == int.class && Modifier.isStatic(field.getModifiers())) {
        try {
          names.put(field.getInt(null), field.getName());
        } catch (IllegalAccessException e) {
          throw new AssertionError("public constant " + field.getName() + " is not readable", e);
        }
      }
    }
    return Collections.unmodifiableMap(names);
  }

  private static Map<Integer, String> meanings(Object... rows) {
    Map<Integer, String> meanings = new HashMap<>();
    for (int i = 0; i < rows.length; i += 2) {
      meanings.put((Integer) rows[i], (String) rows[i + 1]);
    }
    return Collections.unmodifiableMap(meanings);
  }

  private static String hex(int hr) {
    return String.format("0x%08X", hr);
  }
}
