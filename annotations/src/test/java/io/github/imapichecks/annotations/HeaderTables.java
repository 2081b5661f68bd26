package io.github.imapichecks.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The copies of the header tables in the test resources ({@code imapi1-codes.tsv}, {@code
 * generic-codes.tsv}, {@code imapi2-codes.tsv}, {@code imapi2fs-codes.tsv}), and the assertions
 * that pin a code class's constants to them.
 */
final class HeaderTables {
  /** One row: the header's name, its hexadecimal value, the {@code int} Java sees, and its kind. */
  record Row(String name, String hex, int signed, String kind, String meaning) {}

  private HeaderTables() {}

  /** The rows of {@code resource}, without winerror.h's {@code HRESULT_FROM_WIN32(...)} ones. */
  static List<Row> read(String resource) throws IOException {
    InputStream in = HeaderTables.class.getResourceAsStream("/" + resource);
    assertNotNull(in, resource);
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .skip(1)
          .map(line -> line.split("\t"))
          // winerror.h's HRESULT_FROM_WIN32(...) rows are expressions, not named constants.
          .filter(cells -> cells[0].matches("[A-Z0-9_]+"))
          .map(cells -> new Row(cells[0], cells[1], Integer.parseInt(cells[2]), cells[3], cells[4]))
          .collect(Collectors.toList());
    }
  }

  /** The public fields of {@code codes}, by name. */
  static Map<String, Field> publicConstants(Class<?> codes) {
    Map<String, Field> constants = new TreeMap<>();
    for (Field field : codes.getDeclaredFields()) {
      if (Modifier.isPublic(field.getModifiers())) {
        constants.put(field.getName(), field);
      }
    }
    return constants;
  }

  /**
   * {@code codes} has a {@code public static final @ImapiHResult int} named as {@code row}, with
   * its value and kind, which {@code nameOf} names and {@code describe} knows.
   */
  static void assertConstantMatches(
      Class<?> codes, Row row, IntFunction<String> nameOf, IntFunction<String> describe)
      throws IllegalAccessException {
    Field field = publicConstants(codes).get(row.name());
    assertTrue(field != null, () -> codes.getSimpleName() + " has no constant " + row.name());
    assertEquals(int.class, field.getType(), row.name());
    assertTrue(Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers()));
    assertTrue(
        field.getAnnotatedType().isAnnotationPresent(ImapiHResult.class),
        () -> row.name() + " is not typed @ImapiHResult int");
    int value = field.getInt(null);
    assertEquals(row.signed(), value, row.name());
    assertEquals(Long.parseLong(row.hex().substring(2), 16), Integer.toUnsignedLong(value));
    assertEquals(row.kind().equals("error"), ImapiError.failed(value), row.name());
    assertEquals(row.kind().equals("success-info"), ImapiError.succeeded(value), row.name());
    assertEquals(row.name(), nameOf.apply(value));
    String meaning = describe.apply(value);
    assertFalse(meaning.startsWith("unknown"), row.name());
    assertFalse(meaning.endsWith("."), () -> row.name() + ": " + meaning);
  }
}
