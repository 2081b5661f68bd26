package io.github.imapichecks.tables;

import com.google.common.collect.ImmutableList;

/**
 * One method of an IMAPI interface, named as in the SDK's header ({@code IDiscMaster}, {@code
 * RecordDisc}), with the codes it is known to return and the codes its caller must tell apart.
 *
 * @param api the API the interface belongs to
 * @param interfaceName the interface's simple name, such as {@code IDiscMaster}
 * @param name the method's name in COM casing, such as {@code RecordDisc}
 * @param knownCodes the codes its documentation, current or older, says it returns
 * @param requiredCodes the codes its caller must tell apart from a plain failure
 */
public record ImapiMethod(
    ImapiApi api,
    String interfaceName,
    String name,
    ImmutableList<ImapiCode> knownCodes,
    ImmutableList<RequiredCode> requiredCodes) {

  /** {@code IDiscMaster.RecordDisc}, for messages. */
  public String qualifiedName() {
    return interfaceName + "." + name;
  }

  /** Whether a Java method called {@code javaName} binds this method: COM or Java casing. */
  public boolean isNamed(String javaName) {
    return javaName.equals(name) || javaName.equals(javaCasing(name));
  }

  /** {@code RecordDisc} as Java spells methods: {@code recordDisc}. */
  static String javaCasing(String comName) {
    return Character.toLowerCase(comName.charAt(0)) + comName.substring(1);
  }
}
