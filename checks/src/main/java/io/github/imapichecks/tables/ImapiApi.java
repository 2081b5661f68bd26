package io.github.imapichecks.tables;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import org.jspecify.annotations.Nullable;

/**
 * An IMAPI API whose results the checks follow, with the tables that describe it: its interfaces,
 * the header its own codes come from, the codes and methods it defines, and the codes its callers
 * must tell apart. A new API is a new constant here and its tables beside these classes. APIs may
 * share a method table or a required-code table: each takes the rows of its own interfaces.
 */
public enum ImapiApi {
  /**
   * IMAPI v1 ({@code imapi.h}, {@code Imapierror.h}): the four interfaces whose methods return
   * results. {@code IDiscMasterProgressEvents} is left out on purpose: applications implement it,
   * so its methods' results go to IMAPI rather than come from it.
   */
  V1(
      ImapiCode.Family.IMAPI_V1,
      ImmutableSet.of("IDiscMaster", "IDiscRecorder", "IJolietDiscMaster", "IRedbookDiscMaster"),
      ImmutableMap.of(),
      "imapi1-codes.tsv",
      "imapi1-methods.tsv",
      "required-codes.tsv"),

  /**
   * IMAPI v2 ({@code imapi2.h}, {@code imapi2error.h}): the recorders, the formats that write and
   * erase discs, and their write-speed descriptors. The event interfaces ({@code
   * DDiscFormat2DataEvents}, ...) are left out: applications implement them.
   */
  V2(
      ImapiCode.Family.IMAPI_V2,
      ImmutableSet.of(
          "IDiscMaster2",
          "IDiscRecorder2",
          "IDiscRecorder2Ex",
          "IDiscFormat2",
          "IDiscFormat2Data",
          "IDiscFormat2Erase",
          "IDiscFormat2RawCD",
          "IDiscFormat2TrackAtOnce",
          "IWriteEngine2",
          "IWriteSpeedDescriptor"),
      ImmutableMap.of(
          "IDiscFormat2Data", "IDiscFormat2",
          "IDiscFormat2Erase", "IDiscFormat2",
          "IDiscFormat2RawCD", "IDiscFormat2",
          "IDiscFormat2TrackAtOnce", "IDiscFormat2"),
      "imapi2-codes.tsv",
      "imapi2-methods.tsv",
      "required-codes-v2.tsv"),

  /**
   * IMAPI2FS ({@code imapi2fs.h}, {@code imapi2fserror.h}): the file-system image, its directory
   * items, its result and its boot options. Its calls also return IMAPI v2 codes ({@code
   * ChooseImageDefaults} documents {@code E_IMAPI_RECORDER_MEDIA_INCOMPATIBLE}).
   */
  V2_FS(
      ImapiCode.Family.IMAPI_V2_FS,
      ImmutableSet.of(
          "IFileSystemImage", "IFileSystemImageResult", "IFsiDirectoryItem", "IBootOptions"),
      ImmutableMap.of(),
      "imapi2fs-codes.tsv",
      "imapi2-methods.tsv",
      "required-codes-v2.tsv");

  private final ImapiCode.Family family;
  private final ImmutableSet<String> interfaces;
  private final ImmutableMap<String, String> comBases;
  private final String codesResource;
  private final String methodsResource;
  private final String requiredCodesResource;

  ImapiApi(
      ImapiCode.Family family,
      ImmutableSet<String> interfaces,
      ImmutableMap<String, String> comBases,
      String codesResource,
      String methodsResource,
      String requiredCodesResource) {
    this.family = family;
    this.interfaces = interfaces;
    this.comBases = comBases;
    this.codesResource = codesResource;
    this.methodsResource = methodsResource;
    this.requiredCodesResource = requiredCodesResource;
  }

  /** The API's name in messages: {@code IMAPI v1}. */
  public String displayName() {
    return family.displayName();
  }

  /** The family of the API's own codes. */
  public ImapiCode.Family family() {
    return family;
  }

  /** The SDK header that defines the API's own codes: {@code Imapierror.h}. */
  public String header() {
    return family.header();
  }

  /** The simple names of the interfaces whose methods return the API's results. */
  public ImmutableSet<String> interfaces() {
    return interfaces;
  }

  /**
   * Whether a result of this API can be a code of {@code codeFamily}: its own codes and the generic
   * ones; IMAPI2FS results also IMAPI v2's.
   */
  public boolean returns(ImapiCode.Family codeFamily) {
    return codeFamily == family
        || codeFamily == ImapiCode.Family.GENERIC
        || (this == V2_FS && codeFamily == ImapiCode.Family.IMAPI_V2);
  }

  /**
   * The interface {@code interfaceName} derives from in COM, whose methods it inherits: {@code
   * IDiscFormat2} for {@code IDiscFormat2Data}; null if none of the API's.
   */
  @Nullable String comBase(String interfaceName) {
    return comBases.get(interfaceName);
  }

  /** The table of the API's own codes (name, hex, signed value, kind, meaning). */
  String codesResource() {
    return codesResource;
  }

  /** The table of its interfaces' methods and the codes each returns. */
  String methodsResource() {
    return methodsResource;
  }

  /** Our design: the codes a caller of each method must tell apart, with the reason. */
  String requiredCodesResource() {
    return requiredCodesResource;
  }
}
