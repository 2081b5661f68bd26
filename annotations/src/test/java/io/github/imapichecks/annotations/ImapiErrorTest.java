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

import io.github.imapichecks.annotations.HeaderTables.Row;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ImapiError} against copies of the header tables (test resources {@code imapi1-codes.tsv}
 * and {@code generic-codes.tsv}, taken from Imapierror.h and winerror.h).
 */
final class ImapiErrorTest {
  @Test
  void headerTableHasEveryImapiCodeUnderItsHeaderName() throws Exception {
    List<Row> rows = HeaderTables.read("imapi1-codes.tsv");
    assertEquals(38, rows.size());
    for (Row row : rows) {
      assertConstantMatches(row);
    }
  }

  @Test
  void genericCodesMatchWinerror() throws Exception {
    List<Row> rows = HeaderTables.read("generic-codes.tsv");
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
      HeaderTables.read(resource).forEach(row -> tableNames.add(row.name()));
    }
    assertEquals(
        tableNames.stream().sorted().collect(Collectors.toList()),
        new ArrayList<>(HeaderTables.publicConstants(ImapiError.class).keySet()));
  }

  private static void assertConstantMatches(Row row) throws IllegalAccessException {
    HeaderTables.assertConstantMatches(
        ImapiError.class, row, ImapiError::nameOf, ImapiError::describe);
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
  void successTestsServeImapiV2AndImapi2Fs() {
    for (int success :
        new int[] {
          Imapi2Error.S_IMAPI_SPEEDADJUSTED,
          Imapi2Error.S_IMAPI_ROTATIONADJUSTED,
          Imapi2Error.S_IMAPI_BOTHADJUSTED,
          Imapi2Error.S_IMAPI_COMMAND_HAS_SENSE_DATA,
          Imapi2Error.S_IMAPI_WRITE_NOT_IN_PROGRESS,
          Imapi2Error.S_IMAPI_RAW_IMAGE_TRACK_INDEX_ALREADY_EXISTS,
          Imapi2FsError.IMAPI_S_IMAGE_FEATURE_NOT_SUPPORTED
        }) {
      assertTrue(ImapiError.succeeded(success), () -> Integer.toHexString(success));
      assertFalse(ImapiError.failed(success));
      assertTrue(ImapiError.isSuccessWithInfo(success));
    }
    for (int failure :
        new int[] {
          Imapi2Error.E_IMAPI_REQUEST_CANCELLED,
          Imapi2Error.E_IMAPI_RECORDER_MEDIA_NO_MEDIA,
          // The erase and raw-image codes that start 0x80AA, not 0xC0AA, are failures all the same.
          Imapi2Error.E_IMAPI_ERASE_RECORDER_IN_USE,
          Imapi2Error.E_IMAPI_ERASE_DRIVE_FAILED_SPINUP_COMMAND,
          Imapi2Error.E_IMAPI_ERASE_MEDIA_IS_NOT_SUPPORTED,
          Imapi2Error.E_IMAPI_RAW_IMAGE_TRACK_INDEX_TOO_CLOSE_TO_OTHER_INDEX,
          Imapi2FsError.IMAPI_E_IMAGE_SIZE_LIMIT,
          Imapi2FsError.IMAPI_E_IMAGEMANAGER_IMAGE_TOO_BIG,
          // 0x80AA0002: E_IMAPI_REQUEST_CANCELLED copied with the wrong high bits is still
          // negative.
          0x80AA0002
        }) {
      assertFalse(ImapiError.succeeded(failure), () -> Integer.toHexString(failure));
      assertTrue(ImapiError.failed(failure));
      assertFalse(ImapiError.isSuccessWithInfo(failure));
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
