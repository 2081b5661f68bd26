package io.github.imapichecks.tables;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

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

  /**
   * Whether every success-with-information code the method is known to return reports a failure
   * ({@link ImapiCode#reportsFailure}): after {@code IDiscRecorder2Ex.SendCommandNoData}, {@code hr
   * == S_OK} is the right test of success, and {@code SUCCEEDED(hr)} alone the wrong one.
   */
  public boolean reportsFailuresAsSuccess() {
    List<ImapiCode> successes =
        knownCodes.stream().filter(ImapiCode::isSuccessWithInfo).collect(Collectors.toList());
    return !successes.isEmpty() && successes.stream().allMatch(ImapiCode::reportsFailure);
  }

  /** {@code IDiscMaster.RecordDisc}, for messages. */
  public String qualifiedName() {
    return interfaceName + "." + name;
  }

  /**
   * The property {@code comName} accesses, in Java casing: {@code freeSectorsOnMedia} for {@code
   * get_FreeSectorsOnMedia}; null for a method that is no property accessor.
   */
  static @Nullable String bareProperty(String comName) {
    int underscore = comName.indexOf('_');
    String property = comName.substring(underscore + 1);
    return underscore > 0 && !property.isEmpty() && Character.isLetter(property.charAt(0))
        ? Character.toLowerCase(property.charAt(0)) + property.substring(1)
        : null;
  }

  /**
   * The names a binding gives the COM method {@code comName}: the COM name itself, and the Java
   * spelling generated bindings use: {@code recordDisc} for {@code RecordDisc}, {@code
   * getFreeSectorsOnMedia} for the property accessor {@code get_FreeSectorsOnMedia}, {@code
   * setRecorder} and {@code putRecorder} for {@code put_Recorder} (and {@code putref_X}).
   */
  static ImmutableSet<String> spellings(String comName) {
    int underscore = comName.indexOf('_');
    if (underscore > 0) {
      String kind = comName.substring(0, underscore);
      String property = comName.substring(underscore + 1);
      if (!property.isEmpty() && Character.isLetter(property.charAt(0))) {
        switch (kind) {
          case "get" -> {
            return ImmutableSet.of(comName, "get" + property);
          }
          case "put", "putref" -> {
            return ImmutableSet.of(comName, "set" + property, "put" + property);
          }
          default -> {}
        }
      }
    }
    return ImmutableSet.of(
        comName, Character.toLowerCase(comName.charAt(0)) + comName.substring(1));
  }
}
