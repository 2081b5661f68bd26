package io.github.imapichecks.annotations;

import static io.github.imapichecks.annotations.Imapi2FsError.IMAPI_E_IMAGE_SIZE_LIMIT;
import static io.github.imapichecks.annotations.Imapi2FsError.IMAPI_E_INVALID_PARAM;
import static io.github.imapichecks.annotations.Imapi2FsError.IMAPI_E_INVALID_VOLUME_NAME;
import static io.github.imapichecks.annotations.Imapi2FsError.IMAPI_S_IMAGE_FEATURE_NOT_SUPPORTED;
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
 * {@link Imapi2FsError} against a copy of the header table (test resource {@code
 * imapi2fs-codes.tsv}, taken from imapi2fserror.h).
 */
final class Imapi2FsErrorTest {
  @Test
  void headerTableHasEveryCodeUnderItsHeaderName() throws Exception {
    List<Row> rows = HeaderTables.read("imapi2fs-codes.tsv");
    assertEquals(62, rows.size());
    for (Row row : rows) {
      HeaderTables.assertConstantMatches(
          Imapi2FsError.class, row, Imapi2FsError::nameOf, Imapi2FsError::describe);
    }
  }

  @Test
  void noConstantBeyondTheTable() throws Exception {
    assertEquals(
        HeaderTables.read("imapi2fs-codes.tsv").stream()
            .map(Row::name)
            .sorted()
            .collect(Collectors.toList()),
        new ArrayList<>(HeaderTables.publicConstants(Imapi2FsError.class).keySet()));
  }

  @Test
  void theImapiEPrefixHasValuesUnlikeV1s() throws Exception {
    for (Row row : HeaderTables.read("imapi2fs-codes.tsv")) {
      assertTrue(row.name().startsWith("IMAPI_E_") || row.name().startsWith("IMAPI_S_"));
      assertEquals(0x00AAB000, row.signed() & 0x3FFFF000, row.name());
    }
    assertEquals(0xC0AAB120, IMAPI_E_IMAGE_SIZE_LIMIT);
    assertEquals("0x8004020E", Imapi2FsError.nameOf(ImapiError.IMAPI_E_GENERIC));
  }

  @Test
  void imageFeatureNotSupportedIsASuccess() {
    assertEquals(0x00AAB15F, IMAPI_S_IMAGE_FEATURE_NOT_SUPPORTED);
    assertTrue(ImapiError.succeeded(IMAPI_S_IMAGE_FEATURE_NOT_SUPPORTED));
    assertTrue(ImapiError.isSuccessWithInfo(IMAPI_S_IMAGE_FEATURE_NOT_SUPPORTED));
  }

  @Test
  void volumeNameKeepsTheHeadersValueNotThePagesMisprint() {
    // The put_VolumeName page prints 0xC0AAB101, which is IMAPI_E_INVALID_PARAM's value.
    assertEquals(0xC0AAB104, IMAPI_E_INVALID_VOLUME_NAME);
    assertEquals(0xC0AAB101, IMAPI_E_INVALID_PARAM);
  }

  @ParameterizedTest
  @ValueSource(
      ints = {
        0xC0AAB107, // a gap in the header's numbering
        0x80AAB120, // IMAPI_E_IMAGE_SIZE_LIMIT with the wrong high bits
        0xC0AA0002, // Imapi2Error.E_IMAPI_REQUEST_CANCELLED
        0x8004020F, // ImapiError.IMAPI_E_MEDIUM_NOTPRESENT
        0x00AAB15E
      })
  void valuesOfNoConstantHereAreNamedByTheirHexForm(int unknown) {
    String hex = String.format("0x%08X", unknown);
    assertEquals(hex, Imapi2FsError.nameOf(unknown));
    assertTrue(
        Imapi2FsError.describe(unknown)
            .startsWith(unknown < 0 ? "unknown failure" : "unknown success"));
    assertTrue(Imapi2FsError.describe(unknown).endsWith(hex));
  }

  @Test
  void describeSaysWhatTheCodeMeans() {
    assertEquals(
        "the item does not fit within the image's size limit",
        Imapi2FsError.describe(IMAPI_E_IMAGE_SIZE_LIMIT));
    assertEquals("IMAPI_E_IMAGE_SIZE_LIMIT", Imapi2FsError.nameOf(0xC0AAB120));
  }

  @Test
  void meaningsAreOurOwnWordsNotTheTables() throws Exception {
    for (Row row : HeaderTables.read("imapi2fs-codes.tsv")) {
      assertNotEquals(
          row.meaning().replaceAll("\\.$", "").toLowerCase(Locale.ROOT),
          Imapi2FsError.describe(row.signed()).toLowerCase(Locale.ROOT),
          row.name());
    }
  }
}
