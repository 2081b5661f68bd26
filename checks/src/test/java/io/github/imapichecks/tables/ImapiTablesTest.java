package io.github.imapichecks.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imapichecks.annotations.ImapiError;
import io.github.imapichecks.tables.ImapiCode.Family;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The code table, read from {@link ImapiError}, and the method table, read from resources. */
final class ImapiTablesTest {
  @Test
  void codeTableHoldsEveryImapiErrorConstant() {
    assertEquals(50, ImapiCodes.all().size());
    assertEquals(38, ImapiCodes.all().stream().filter(c -> c.family() == Family.IMAPI_V1).count());
    ImapiCode discFull = ImapiCodes.byName("IMAPI_E_DISCFULL").orElseThrow();
    assertEquals(ImapiError.IMAPI_E_DISCFULL, discFull.value());
    assertEquals("0x8004021C", discFull.hex());
    assertEquals("the disc has no room for more data", discFull.meaning());
    assertFalse(discFull.isSuccess());
    assertEquals(discFull, ImapiCodes.byValue(0x8004021C).orElseThrow());
  }

  @Test
  void successKinds() {
    ImapiCode ignored = ImapiCodes.byValue(0x00040200).orElseThrow();
    assertEquals("IMAPI_S_PROPERTIESIGNORED", ignored.name());
    assertTrue(ignored.isSuccess());
    assertTrue(ignored.isSuccessWithInfo());
    ImapiCode ok = ImapiCodes.byName("S_OK").orElseThrow();
    assertEquals(Family.GENERIC, ok.family());
    assertTrue(ok.isSuccess());
    assertFalse(ok.isSuccessWithInfo());
    assertTrue(ImapiCodes.byName("S_FALSE").orElseThrow().isSuccessWithInfo());
  }

  @Test
  void undefinedAndMisspelledCodesAreNotInTheTable() {
    assertTrue(ImapiCodes.byValue(0x8004020A).isEmpty());
    assertTrue(ImapiCodes.byValue(0x80040200).isEmpty());
    assertTrue(ImapiCodes.byName("IMAPI_S_BUFFER_TOO_SMALL").isEmpty());
  }

  @Test
  void spellingsNameTheirCodeHoweverCasedOrUnderscored() {
    ImapiCode wrongFormat = ImapiCodes.byName("IMAPI_E_WRONGFORMAT").orElseThrow();
    for (String spelling :
        List.of(
            "IMAPI_E_WRONGFORMAT",
            "Imapi_E_WrongFormat",
            "ImapiEWrongFormat",
            "imapiEWrongFormat",
            "IMAPI_E_WRONG_FORMAT")) {
      assertEquals(wrongFormat, ImapiCodes.bySpelling(spelling).orElseThrow(), spelling);
    }
    assertEquals(
        "IMAPI_S_BUFFER_TO_SMALL",
        ImapiCodes.bySpelling("ImapiSBufferTooSmall").orElseThrow().name());
    for (String resembling :
        List.of("ImapiEWrongFormats", "IMAPI_E_WRONGFORMAT_TEXT", "ImapiWrongFormat", "E_FAIL")) {
      assertTrue(ImapiCodes.bySpelling(resembling).isEmpty(), resembling);
    }
    // IMAPI2FS reuses the IMAPI_E_ prefix: its names are not IMAPI v1 codes.
    assertTrue(ImapiCodes.bySpelling("Imapi_E_Invalid_Param").isEmpty());
  }

  /**
   * Dropping case and underscores must never make two different codes one: over every code of every
   * table (IMAPI v1, the generic COM codes, IMAPI v2 and IMAPI2FS), each spelling key belongs to
   * one name and value.
   */
  @Test
  void noTwoCodesOfAnyTableShareASpelling() {
    Map<String, Set<String>> codesByKey = new TreeMap<>();
    List<String> all = new ArrayList<>();
    ImapiCodes.all().forEach(code -> all.add(code.name() + "=" + code.value()));
    for (ImapiApi api : ImapiApi.values()) {
      TsvResource.read(api.codesResource()).forEach(row -> all.add(row.get(0) + "=" + row.get(2)));
    }
    for (String resource : List.of("imapi2-codes.tsv", "imapi2fs-codes.tsv")) {
      TsvResource.read(resource).forEach(row -> all.add(row.get(0) + "=" + row.get(2)));
    }
    for (String code : all) {
      String name = code.substring(0, code.indexOf('='));
      codesByKey.computeIfAbsent(ImapiCodes.spellingKey(name), k -> new TreeSet<>()).add(code);
    }
    // 12 generic, 38 IMAPI v1, 90 IMAPI v2 and 62 IMAPI2FS codes when this was written.
    int distinct = new TreeSet<>(all).size();
    assertTrue(distinct >= 202, () -> "the tables hold only " + distinct + " codes");
    Map<String, Set<String>> collisions = new TreeMap<>(codesByKey);
    collisions.values().removeIf(named -> named.size() == 1);
    assertEquals(Map.of(), collisions);
  }

  @Test
  void methodTableCoversTheFourInterfaces() {
    assertEquals(
        List.of("IDiscMaster", "IDiscRecorder", "IJolietDiscMaster", "IRedbookDiscMaster"),
        ImapiMethods.all().stream()
            .map(ImapiMethod::interfaceName)
            .distinct()
            .collect(Collectors.toList()));
    assertEquals(41, ImapiMethods.all().size());
    assertTrue(ImapiMethods.lookup("IDiscMasterProgressEvents", "QueryCancel").isEmpty());
  }

  @Test
  void lookupAcceptsComAndJavaCasingOnly() {
    ImapiMethod recordDisc = ImapiMethods.lookup("IDiscMaster", "RecordDisc").orElseThrow();
    assertEquals(recordDisc, ImapiMethods.lookup("IDiscMaster", "recordDisc").orElseThrow());
    assertTrue(ImapiMethods.lookup("IDiscMaster", "recorddisc").isEmpty());
    assertTrue(ImapiMethods.lookup("IDiscMaster", "RECORDDISC").isEmpty());
    assertTrue(ImapiMethods.lookup("IDiscRecorder", "RecordDisc").isEmpty());
    assertEquals("IDiscMaster.RecordDisc", recordDisc.qualifiedName());
    assertTrue(ImapiMethods.isMethodName("addAudioTrackBlocks"));
    assertTrue(ImapiMethods.isMethodName("open"));
    assertFalse(ImapiMethods.isMethodName("openFile"));
    assertEquals(2, ImapiMethods.named("Close").size());
  }

  @Test
  void knownCodesJoinDocumentedAndOlderLists() {
    ImapiMethod recordDisc = ImapiMethods.lookup("IDiscMaster", "RecordDisc").orElseThrow();
    List<String> known = names(recordDisc.knownCodes());
    assertEquals("S_OK", known.get(0));
    assertTrue(known.containsAll(List.of("IMAPI_E_USERABORT", "IMAPI_E_REMOVABLESTASH")));
    assertEquals(known.size(), known.stream().distinct().count());
    ImapiMethod setProperties =
        ImapiMethods.lookup("IDiscRecorder", "SetRecorderProperties").orElseThrow();
    assertEquals(
        List.of(
            "S_OK",
            "IMAPI_S_PROPERTIESIGNORED",
            "IMAPI_E_DEVICE_NOPROPERTIES",
            "IMAPI_E_NOTINITIALIZED"),
        names(setProperties.knownCodes()));
  }

  @Test
  void requiredCodesFollowOurDesignTable() {
    assertEquals(
        List.of(
            "IDiscMaster.Open: IMAPI_E_ALREADYOPEN",
            "IDiscMaster.SetActiveDiscRecorder: IMAPI_E_MEDIUM_NOTPRESENT, IMAPI_E_STASHINUSE",
            "IDiscMaster.RecordDisc: IMAPI_E_USERABORT, IMAPI_E_MEDIUM_NOTPRESENT",
            "IDiscRecorder.SetRecorderProperties: IMAPI_S_PROPERTIESIGNORED",
            "IJolietDiscMaster.AddData: IMAPI_E_DISCFULL, IMAPI_E_FILEEXISTS",
            "IJolietDiscMaster.SetJolietProperties: IMAPI_S_PROPERTIESIGNORED",
            "IRedbookDiscMaster.AddAudioTrackBlocks: IMAPI_E_DISCFULL"),
        ImapiMethods.all().stream()
            .filter(m -> !m.requiredCodes().isEmpty())
            .map(
                m ->
                    m.qualifiedName()
                        + ": "
                        + m.requiredCodes().stream()
                            .map(r -> r.code().name())
                            .collect(Collectors.joining(", ")))
            .collect(Collectors.toList()));
    RequiredCode userAbort =
        ImapiMethods.lookup("IDiscMaster", "RecordDisc").orElseThrow().requiredCodes().get(0);
    assertEquals("a cancelled burn is not a failure", userAbort.reason());
  }

  private static List<String> names(List<ImapiCode> codes) {
    return codes.stream().map(ImapiCode::name).collect(Collectors.toList());
  }
}
