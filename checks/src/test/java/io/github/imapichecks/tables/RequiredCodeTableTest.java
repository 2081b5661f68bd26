package io.github.imapichecks.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class RequiredCodeTableTest {
  private static final String FLAG = "ImapiMissingResultCode:Required";

  private static ImapiMethod method(String interfaceName, String name) {
    return ImapiMethods.lookup(interfaceName, name).orElseThrow();
  }

  private static List<String> codes(RequiredCodeTable table, ImapiMethod method) {
    return table.requiredFor(method).stream()
        .map(code -> code.code().name())
        .collect(Collectors.toList());
  }

  @Test
  void withoutTheFlagTheDesignTableHolds() {
    RequiredCodeTable table = RequiredCodeTable.parse(FLAG, Optional.empty());
    assertEquals(
        List.of("IMAPI_E_USERABORT", "IMAPI_E_MEDIUM_NOTPRESENT"),
        codes(table, method("IDiscMaster", "RecordDisc")));
    assertEquals(List.of(), codes(table, method("IDiscRecorder", "Eject")));
    assertEquals(List.of(), table.problems());
  }

  @Test
  void entriesForImapi2AndImapi2FsMethods() {
    RequiredCodeTable table =
        RequiredCodeTable.parse(
            FLAG,
            Optional.of(
                "IDiscFormat2Data.Write+=E_IMAPI_RECORDER_MEDIA_UPSIDE_DOWN,"
                    + " IFileSystemImage.put_FileSystemsToCreate=,"
                    + " IDiscFormat2.get_MediaHeuristicallyBlank=E_IMAPI_RECORDER_MEDIA_NO_MEDIA"));
    assertEquals(List.of(), table.problems());
    assertEquals(
        List.of(
            "E_IMAPI_REQUEST_CANCELLED",
            "E_IMAPI_RECORDER_MEDIA_NO_MEDIA",
            "E_IMAPI_RECORDER_MEDIA_UPSIDE_DOWN"),
        codes(table, method("IDiscFormat2Data", "Write")));
    assertEquals(List.of(), codes(table, method("IFileSystemImage", "put_FileSystemsToCreate")));
    // A method IDiscFormat2Data inherits in COM is IDiscFormat2's: one entry covers both.
    assertEquals(
        List.of("E_IMAPI_RECORDER_MEDIA_NO_MEDIA"),
        codes(table, method("IDiscFormat2Data", "getMediaHeuristicallyBlank")));
  }

  @Test
  void entriesReplaceOrExtend() {
    RequiredCodeTable table =
        RequiredCodeTable.parse(
            FLAG,
            Optional.of(
                "IDiscMaster.RecordDisc+=IMAPI_E_WRONGDISC|IMAPI_E_DEVICE_NOTPRESENT,"
                    + " IDiscMaster.Open=, IDiscRecorder.Eject = IMAPI_E_MEDIUM_NOTPRESENT,"
                    + " IDiscRecorder.Eject+=IMAPI_E_NOTOPENED"));
    assertEquals(List.of(), table.problems());
    assertEquals(
        List.of(
            "IMAPI_E_USERABORT",
            "IMAPI_E_MEDIUM_NOTPRESENT",
            "IMAPI_E_WRONGDISC",
            "IMAPI_E_DEVICE_NOTPRESENT"),
        codes(table, method("IDiscMaster", "RecordDisc")));
    assertEquals(List.of(), codes(table, method("IDiscMaster", "Open")));
    assertEquals(
        List.of("IMAPI_E_MEDIUM_NOTPRESENT", "IMAPI_E_NOTOPENED"),
        codes(table, method("IDiscRecorder", "Eject")));
    assertEquals(
        "required by your -XepOpt:" + FLAG,
        table.requiredFor(method("IDiscRecorder", "Eject")).get(0).reason());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "IDiscMaster.RecordDisc;is not of the form Interface.Method=CODE|CODE",
        "IDiscMaster.Burn=IMAPI_E_DISCFULL;names no method of an IMAPI interface",
        "IDiscMaster.recordDisc=IMAPI_E_DISCFULL;names no method of an IMAPI interface",
        "IDiscMaster.RecordDisc=IMAPI_E_DISC_FULL;names IMAPI_E_DISC_FULL, which is no code of ImapiError, Imapi2Error or Imapi2FsError",
        "IDiscFormat2Data.Write+=IMAPI_E_USERABORT;names IMAPI_E_USERABORT, an IMAPI v1 code, which IDiscFormat2Data.Write never returns",
        "RecordDisc=IMAPI_E_DISCFULL;is not of the form"
      })
  void malformedEntriesNameTheFlagTheEntryAndTheForm(String entry, String problem) {
    RequiredCodeTable table = RequiredCodeTable.parse(FLAG, Optional.of(entry));
    assertEquals(1, table.problems().size());
    String message = table.problems().get(0);
    assertTrue(message.startsWith("-XepOpt:" + FLAG + "=" + entry + ": '" + entry + "' "), message);
    assertTrue(message.contains(problem), message);
    assertTrue(message.contains("IDiscMaster.RecordDisc+=IMAPI_E_DEVICE_NOTACCESSIBLE"), message);
  }
}
