package io.github.imapichecks.annotations;

import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_ERASE_MEDIA_IS_NOT_SUPPORTED;
import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_LOSS_OF_STREAMING;
import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_RECORDER_MEDIA_NO_MEDIA;
import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_REQUEST_CANCELLED;
import static io.github.imapichecks.annotations.Imapi2Error.S_IMAPI_COMMAND_HAS_SENSE_DATA;
import static io.github.imapichecks.annotations.Imapi2Error.S_IMAPI_SPEEDADJUSTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imapichecks.annotations.HeaderTables.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Imapi2Error} against a copy of the header table (test resource {@code imapi2-codes.tsv},
 * taken from imapi2error.h).
 */
final class Imapi2ErrorTest {
  @Test
  void headerTableHasEveryCodeUnderItsHeaderName() throws Exception {
    List<Row> rows = HeaderTables.read("imapi2-codes.tsv");
    assertEquals(90, rows.size());
    for (Row row : rows) {
      HeaderTables.assertConstantMatches(
          Imapi2Error.class, row, Imapi2Error::nameOf, Imapi2Error::describe);
    }
  }

  @Test
  void noConstantBeyondTheTable() throws Exception {
    assertEquals(
        HeaderTables.read("imapi2-codes.tsv").stream()
            .map(Row::name)
            .sorted()
            .collect(Collectors.toList()),
        new ArrayList<>(HeaderTables.publicConstants(Imapi2Error.class).keySet()));
  }

  @Test
  void mostErrorsStart0xC0AA() {
    assertEquals(0xC0AA0002, E_IMAPI_REQUEST_CANCELLED);
    assertEquals(0xC0AA0202, E_IMAPI_RECORDER_MEDIA_NO_MEDIA);
    assertNotEquals(0x80AA0002, E_IMAPI_REQUEST_CANCELLED);
  }

  @Test
  void eraseAndRawImageErrorsStart0x80AaUpToWhereTheHeaderSwitchesBack() {
    assertEquals(0x80AA0900, Imapi2Error.E_IMAPI_ERASE_RECORDER_IN_USE);
    assertEquals(0x80AA0908, Imapi2Error.E_IMAPI_ERASE_DRIVE_FAILED_SPINUP_COMMAND);
    assertEquals(0xC0AA0909, E_IMAPI_ERASE_MEDIA_IS_NOT_SUPPORTED);
    assertEquals(0xC0AA090B, Imapi2Error.E_IMAPI_ERASE_CLIENT_NAME_IS_NOT_VALID);
    assertEquals(0x80AA0A00, Imapi2Error.E_IMAPI_RAW_IMAGE_IS_READ_ONLY);
  }

  @Test
  void senseDataIsASuccessThatReportsADeviceFailure() {
    assertEquals(0x00AA0200, S_IMAPI_COMMAND_HAS_SENSE_DATA);
    assertTrue(ImapiError.succeeded(S_IMAPI_COMMAND_HAS_SENSE_DATA));
    assertTrue(ImapiError.isSuccessWithInfo(S_IMAPI_COMMAND_HAS_SENSE_DATA));
    assertTrue(Imapi2Error.describe(S_IMAPI_COMMAND_HAS_SENSE_DATA).contains("failed"));
  }

  @Test
  void v1CodesOfTheSameMeaningAreOtherNumbers() {
    assertNotEquals(ImapiError.IMAPI_E_MEDIUM_NOTPRESENT, E_IMAPI_RECORDER_MEDIA_NO_MEDIA);
    assertNotEquals(ImapiError.IMAPI_E_LOSS_OF_STREAMING, E_IMAPI_LOSS_OF_STREAMING);
    assertEquals("0x8004020F", Imapi2Error.nameOf(ImapiError.IMAPI_E_MEDIUM_NOTPRESENT));
  }

  @ParameterizedTest
  @ValueSource(
      ints = {
        0x80AA0002, // E_IMAPI_REQUEST_CANCELLED with the wrong high bits
        0xC0AA0001, // below the header's first code
        0xC0AA0605, // a gap in the raw-CD codes
        0x80AA0909, // E_IMAPI_ERASE_MEDIA_IS_NOT_SUPPORTED with its neighbours' high bits
        0xC0AAB120, // Imapi2FsError.IMAPI_E_IMAGE_SIZE_LIMIT
        0x8004020F, // ImapiError.IMAPI_E_MEDIUM_NOTPRESENT
        0x00000000, // S_OK, which is ImapiError's
        0x00AA0003
      })
  void valuesOfNoConstantHereAreNamedByTheirHexForm(int unknown) {
    String hex = String.format("0x%08X", unknown);
    assertEquals(hex, Imapi2Error.nameOf(unknown));
    assertTrue(
        Imapi2Error.describe(unknown)
            .startsWith(unknown < 0 ? "unknown failure" : "unknown success"));
    assertTrue(Imapi2Error.describe(unknown).endsWith(hex));
  }

  @Test
  void describeSaysWhatTheCodeMeans() {
    assertEquals(
        "there is no disc in the drive", Imapi2Error.describe(E_IMAPI_RECORDER_MEDIA_NO_MEDIA));
    assertTrue(Imapi2Error.describe(S_IMAPI_SPEEDADJUSTED).contains("speed"));
    assertEquals("S_IMAPI_SPEEDADJUSTED", Imapi2Error.nameOf(0x00AA0004));
  }

  @Test
  void meaningsAreOurOwnWordsNotTheTables() throws Exception {
    for (Row row : HeaderTables.read("imapi2-codes.tsv")) {
      assertNotEquals(
          row.meaning().replaceAll("\\.$", "").toLowerCase(Locale.ROOT),
          Imapi2Error.describe(row.signed()).toLowerCase(Locale.ROOT),
          row.name());
    }
  }
}
