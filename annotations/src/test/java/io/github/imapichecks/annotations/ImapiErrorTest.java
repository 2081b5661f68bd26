package io.github.imapichecks.annotations;

import static io.github.imapichecks.annotations.ImapiError.E_FAIL;
import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_DISCFULL;
import static io.github.imapichecks.annotations.ImapiError.IMAPI_S_BUFFER_TO_SMALL;
import static io.github.imapichecks.annotations.ImapiError.IMAPI_S_PROPERTIESIGNORED;
import static io.github.imapichecks.annotations.ImapiError.S_FALSE;
import static io.github.imapichecks.annotations.ImapiError.S_OK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ImapiError} against copies of the header tables (test resources {@code imapi1-codes.tsv}
 * and {@code generic-codes.tsv}, taken from Imapierror.h and winerror.h).
 */
final class ImapiErrorTest {
  private record Row(String name, String hex, int signed, String kind) {}

  private static List<Row> table(String resource) throws IOException {
    InputStream in = ImapiErrorTest.class.getResourceAsStream("/" + resource);
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .skip(1)
          .map(line -> line.split("\t"))
          // winerror.h's HRESULT_FROM_WIN32(...) rows are expressions, not named constants.
          .filter(cells -> cells[0].matches("[A-Z_]+"))
          .map(cells -> new Row(cells[0], cells[1], Integer.parseInt(cells[2]), cells[3]))
          .collect(Collectors.toList());
    }
  }

  private static Map<String, Field> publicConstants() {
    Map<String, Field> constants = new TreeMap<>();
    for (Field field : ImapiError.class.getDeclaredFields()) {
      if (Modifier.isPublic(field.getModifiers())) {
        constants.put(field.getName(), field);
      }
    }
    return constants;
  }

  @Test
  void headerTableHasEveryImapiCodeUnderItsHeaderName() throws Exception {
    List<Row> rows = table("imapi1-codes.tsv");
    assertEquals(38, rows.size());
    for (Row row : rows) {
      assertConstantMatches(row);
    }
  }

  @Test
  void genericCodesMatchWinerror() throws Exception {
    List<Row> rows = table("generic-codes.tsv");
    assertEquals(
        List.of(
            "S_OK",
            "S_FALSE",
            "E_NOTIMPL",
            "E_NOINTERFACE",
            "E_POINTER",
            "E_ABORT",
            "E_FAIL",
            "E_UNEXPECTED",
            "E_ACCESSDENIED",
            "E_HANDLE",
            "E_OUTOFMEMORY",
            "E_INVALIDARG"),
        rows.stream().map(Row::name).collect(Collectors.toList()));
    for (Row row : rows) {
      assertConstantMatches(row);
    }
  }

  @Test
  void noConstantBeyondTheTables() throws Exception {
    List<String> tableNames = new ArrayList<>();
    for (String resource : List.of("imapi1-codes.tsv", "generic-codes.tsv")) {
      table(resource).forEach(row -> tableNames.add(row.name()));
    }
    assertEquals(
        tableNames.stream().sorted().collect(Collectors.toList()),
        new ArrayList<>(publicConstants().keySet()));
  }

  private static void assertConstantMatches(Row row) throws IllegalAccessException {
    Field field = publicConstants().get(row.name());
    assertTrue(field != null, () -> "ImapiError has no constant " + row.name());
    assertEquals(int.class, field.getType(), row.name());
    assertTrue(Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers()));
    assertTrue(
        field.getAnnotatedType().isAnnotationPresent(ImapiHResult.class),
        () -> row.name() + " is not typed @ImapiHResult int");
    int value = field.getInt(null);
    assertEquals(row.signed(), value, row.name());
    assertEquals(Long.parseLong(row.hex().substring(2), 16), Integer.toUnsignedLong(value));
    assertEquals(row.kind().equals("error"), ImapiError.failed(value), row.name());
    assertEquals(row.name(), ImapiError.nameOf(value));
    assertFalse(ImapiError.describe(value).startsWith("unknown"), row.name());
  }

  @Test
  void headerSpellingsAreKept() {
    assertEquals(0x00040201, IMAPI_S_BUFFER_TO_SMALL);
    assertEquals(0x8004022E, ImapiError.IMAPI_E_BOOTIMAGE_AND_NONBLANK_DISC);
    assertTrue(
        Arrays.stream(ImapiError.class.getFields())
            .noneMatch(f -> f.getName().equals("IMAPI_S_BUFFER_TOO_SMALL")));
  }

  @Test
  void successTestsFollowTheWindowsMacros() {
    for (int success :
        new int[] {S_OK, S_FALSE, IMAPI_S_PROPERTIESIGNORED, IMAPI_S_BUFFER_TO_SMALL}) {
      assertTrue(ImapiError.succeeded(success));
      assertFalse(ImapiError.failed(success));
    }
    for (int failure : new int[] {E_FAIL, IMAPI_E_DISCFULL, 0x80040200, Integer.MIN_VALUE}) {
      assertFalse(ImapiError.succeeded(failure));
      assertTrue(ImapiError.failed(failure));
    }
  }

  @Test
  void successWithInfoIsEverySuccessButSOk() {
    assertFalse(ImapiError.isSuccessWithInfo(S_OK));
    assertTrue(ImapiError.isSuccessWithInfo(S_FALSE));
    assertTrue(ImapiError.isSuccessWithInfo(IMAPI_S_PROPERTIESIGNORED));
    assertTrue(ImapiError.isSuccessWithInfo(IMAPI_S_BUFFER_TO_SMALL));
    assertFalse(ImapiError.isSuccessWithInfo(IMAPI_E_DISCFULL));
  }

  @ParameterizedTest
  @ValueSource(ints = {0x8004020A, 0x80040200, 0x00040202, 0x7FFFFFFF})
  void unknownValuesAreNamedByTheirHexForm(int unknown) {
    String hex = String.format("0x%08X", unknown);
    assertEquals(hex, ImapiError.nameOf(unknown));
    assertTrue(ImapiError.describe(unknown).startsWith("unknown"));
    assertTrue(ImapiError.describe(unknown).endsWith(hex));
  }

  @Test
  void nameOfUsesUpperCaseHexWithEightDigits() {
    assertEquals("0x8004020A", ImapiError.nameOf(0x8004020A));
    assertEquals("0x00000002", ImapiError.nameOf(2));
  }

  @Test
  void describeSaysWhatTheCodeMeans() {
    assertEquals("the disc has no room for more data", ImapiError.describe(IMAPI_E_DISCFULL));
    assertNotEquals(ImapiError.describe(S_OK), ImapiError.describe(S_FALSE));
    assertTrue(ImapiError.describe(0x8004020A).contains("failure"));
    assertTrue(ImapiError.describe(0x00040202).contains("success"));
  }
}
