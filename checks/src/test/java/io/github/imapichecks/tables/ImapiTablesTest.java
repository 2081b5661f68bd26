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
    assertEquals(202, ImapiCodes.all().size());
    assertEquals(38, ImapiCodes.all().stream().filter(c -> c.family() == Family.IMAPI_V1).count());
    assertEquals(90, ImapiCodes.all().stream().filter(c -> c.family() == Family.IMAPI_V2).count());
    assertEquals(
        62, ImapiCodes.all().stream().filter(c -> c.family() == Family.IMAPI_V2_FS).count());
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
    // IMAPI2FS reuses the IMAPI_E_ prefix: its names are its own codes, not IMAPI v1's.
    ImapiCode invalidParam = ImapiCodes.bySpelling("Imapi_E_Invalid_Param").orElseThrow();
    assertEquals(Family.IMAPI_V2_FS, invalidParam.family());
    assertEquals(ImapiCodes.IMAPI2_FS_ERROR, invalidParam.constantsClass());
    assertEquals(
        "E_IMAPI_REQUEST_CANCELLED",
        ImapiCodes.bySpelling("EImapiRequestCancelled").orElseThrow().name());
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
  void methodTablesCoverEveryApisInterfaces() {
    for (ImapiApi api : ImapiApi.values()) {
      assertEquals(
          api.interfaces(),
          ImapiMethods.all().stream()
              .filter(method -> method.api() == api)
              .map(ImapiMethod::interfaceName)
              .collect(Collectors.toSet()),
          api::displayName);
    }
    assertEquals(
        215, ImapiMethods.all().stream().filter(method -> method.api() != ImapiApi.V1).count());
    assertEquals(41 + 215, ImapiMethods.all().size());
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
            "IRedbookDiscMaster.AddAudioTrackBlocks: IMAPI_E_DISCFULL",
            "IDiscRecorder2.AcquireExclusiveAccess: E_IMAPI_RECORDER_LOCKED",
            "IDiscRecorder2Ex.SendCommandGetDataFromDevice: S_IMAPI_COMMAND_HAS_SENSE_DATA",
            "IDiscRecorder2Ex.SendCommandNoData: S_IMAPI_COMMAND_HAS_SENSE_DATA",
            "IDiscRecorder2Ex.SendCommandSendDataToDevice: S_IMAPI_COMMAND_HAS_SENSE_DATA",
            "IDiscFormat2Data.SetWriteSpeed: S_IMAPI_SPEEDADJUSTED, S_IMAPI_ROTATIONADJUSTED,"
                + " S_IMAPI_BOTHADJUSTED",
            "IDiscFormat2Data.Write: E_IMAPI_REQUEST_CANCELLED, E_IMAPI_RECORDER_MEDIA_NO_MEDIA",
            "IDiscFormat2Erase.EraseMedia: E_IMAPI_RECORDER_MEDIA_NO_MEDIA,"
                + " E_IMAPI_ERASE_MEDIA_IS_NOT_SUPPORTED",
            "IDiscFormat2TrackAtOnce.AddAudioTrack: E_IMAPI_REQUEST_CANCELLED,"
                + " E_IMAPI_DF2TAO_NOT_ENOUGH_SPACE",
            "IDiscFormat2TrackAtOnce.SetWriteSpeed: S_IMAPI_SPEEDADJUSTED,"
                + " S_IMAPI_ROTATIONADJUSTED, S_IMAPI_BOTHADJUSTED",
            "IDiscFormat2RawCD.SetWriteSpeed: S_IMAPI_SPEEDADJUSTED, S_IMAPI_ROTATIONADJUSTED,"
                + " S_IMAPI_BOTHADJUSTED",
            "IDiscFormat2RawCD.WriteMedia: E_IMAPI_REQUEST_CANCELLED,"
                + " E_IMAPI_DF2RAW_NOT_ENOUGH_SPACE",
            "IFileSystemImage.put_FileSystemsToCreate: IMAPI_S_IMAGE_FEATURE_NOT_SUPPORTED",
            "IFsiDirectoryItem.AddTree: IMAPI_E_IMAGE_SIZE_LIMIT"),
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
    // One reason per code where the row gives one each; "as for X" takes X's.
    List<RequiredCode> write =
        ImapiMethods.lookup("IDiscFormat2Data", "Write").orElseThrow().requiredCodes();
    assertEquals("a cancelled burn (CancelWrite) is not a failure", write.get(0).reason());
    assertEquals("no disc: ask the user to insert one", write.get(1).reason());
    List<RequiredCode> trackSpeed =
        ImapiMethods.lookup("IDiscFormat2TrackAtOnce", "SetWriteSpeed")
            .orElseThrow()
            .requiredCodes();
    assertTrue(trackSpeed.get(0).reason().startsWith("success, but the drive chose"));
    assertTrue(
        ImapiMethods.lookup("IDiscRecorder2Ex", "SendCommandGetDataFromDevice")
            .orElseThrow()
            .requiredCodes()
            .get(0)
            .reason()
            .startsWith("a success HRESULT that means the device failed the command"));
  }

  @Test
  void imapi2AccessorsAndMethodsInEveryBindingsSpelling() {
    ImapiMethod freeSectors =
        ImapiMethods.lookup("IDiscFormat2Data", "get_FreeSectorsOnMedia").orElseThrow();
    assertEquals(ImapiApi.V2, freeSectors.api());
    assertEquals(
        freeSectors,
        ImapiMethods.lookup("IDiscFormat2Data", "getFreeSectorsOnMedia").orElseThrow());
    ImapiMethod recorder = ImapiMethods.lookup("IDiscFormat2Data", "put_Recorder").orElseThrow();
    for (String spelling : List.of("setRecorder", "putRecorder")) {
      assertEquals(recorder, ImapiMethods.lookup("IDiscFormat2Data", spelling).orElseThrow());
    }
    assertEquals(
        "IDiscFormat2Data.Write",
        ImapiMethods.lookup("IDiscFormat2Data", "write").orElseThrow().qualifiedName());
    for (String notASpelling :
        List.of("get_freeSectorsOnMedia", "FreeSectorsOnMedia", "Recorder")) {
      assertTrue(ImapiMethods.lookup("IDiscFormat2Data", notASpelling).isEmpty(), notASpelling);
    }
    // Inherited in COM: IDiscFormat2Data derives from IDiscFormat2; IDiscRecorder2Ex from neither.
    assertEquals(
        "IDiscFormat2.get_MediaHeuristicallyBlank",
        ImapiMethods.lookup("IDiscFormat2Data", "getMediaHeuristicallyBlank")
            .orElseThrow()
            .qualifiedName());
    assertTrue(ImapiMethods.lookup("IDiscRecorder2Ex", "get_VolumeName").isEmpty());
    assertEquals(
        ImapiApi.V2_FS, ImapiMethods.lookup("IFsiDirectoryItem", "AddTree").orElseThrow().api());
  }

  @Test
  void imapi2KnownCodesJoinDocumentedAndSuccessCodes() {
    ImapiMethod setWriteSpeed =
        ImapiMethods.lookup("IDiscFormat2Data", "SetWriteSpeed").orElseThrow();
    assertTrue(names(setWriteSpeed.knownCodes()).contains("S_IMAPI_SPEEDADJUSTED"));
    ImapiMethod acquire =
        ImapiMethods.lookup("IDiscRecorder2", "AcquireExclusiveAccess").orElseThrow();
    // The page's E_ACCESS_DENIED is the header's E_ACCESSDENIED; Win32 errors are left out.
    assertTrue(names(acquire.knownCodes()).contains("E_ACCESSDENIED"));
    assertTrue(names(acquire.knownCodes()).stream().noneMatch(n -> n.startsWith("HRESULT_")));
    assertTrue(
        ImapiMethods.lookup("IDiscRecorder2Ex", "SendCommandNoData")
            .orElseThrow()
            .reportsFailuresAsSuccess());
    assertFalse(setWriteSpeed.reportsFailuresAsSuccess());
    assertFalse(
        ImapiMethods.lookup("IDiscMaster", "RecordDisc").orElseThrow().reportsFailuresAsSuccess());
  }

  @Test
  void eachApiReturnsItsOwnAndTheGenericCodes() {
    int cancelled = 0xC0AA0002;
    assertTrue(ImapiCodes.returnableBy(ImapiApi.V2, cancelled).isPresent());
    assertTrue(ImapiCodes.returnableBy(ImapiApi.V1, cancelled).isEmpty());
    // IMAPI2FS calls also return IMAPI v2 codes; IMAPI v2 calls never IMAPI2FS's.
    assertTrue(ImapiCodes.returnableBy(ImapiApi.V2_FS, cancelled).isPresent());
    int sizeLimit = ImapiCodes.byName("IMAPI_E_IMAGE_SIZE_LIMIT").orElseThrow().value();
    assertTrue(ImapiCodes.returnableBy(ImapiApi.V2, sizeLimit).isEmpty());
    assertTrue(ImapiCodes.returnableBy(ImapiApi.V1, ImapiError.E_FAIL).isPresent());
    assertTrue(ImapiCodes.returnableBy(ImapiApi.V2, 0x8004020F).isEmpty());
    assertEquals(
        "Imapi2Error", ImapiCodes.byValue(cancelled).orElseThrow().constantsClassSimpleName());
  }

  private static List<String> names(List<ImapiCode> codes) {
    return codes.stream().map(ImapiCode::name).collect(Collectors.toList());
  }
}
