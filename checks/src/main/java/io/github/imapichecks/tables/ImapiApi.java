package io.github.imapichecks.tables;

import com.google.common.collect.ImmutableSet;

/**
 * An IMAPI API whose results the checks follow, with the tables that describe it: its interfaces,
 * the header its own codes come from, the codes and methods it defines, and the codes its callers
 * must tell apart. A new API is a new constant here and its tables beside these classes.
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
      "imapi1-codes.tsv",
      "imapi1-methods.tsv",
      "required-codes.tsv");

  private final ImapiCode.Family family;
  private final ImmutableSet<String> interfaces;
  private final String codesResource;
  private final String methodsResource;
  private final String requiredCodesResource;

  ImapiApi(
      ImapiCode.Family family,
      ImmutableSet<String> interfaces,
      String codesResource,
      String methodsResource,
      String requiredCodesResource) {
    this.family = family;
    this.interfaces = interfaces;
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
