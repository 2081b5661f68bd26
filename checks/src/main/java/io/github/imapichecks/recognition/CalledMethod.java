package io.github.imapichecks.recognition;

import io.github.imapichecks.tables.ImapiMethod;

/**
 * An IMAPI method as the user's code calls it: the table entry the checks judge its result by, and
 * the names the user's binding gives it, which messages use.
 *
 * @param imapi the IMAPI method the call binds, such as {@code IDiscRecorder.Eject}
 * @param typeName the simple name of the user's type that declares the called method, such as
 *     {@code VendorDrive}
 * @param name the called method's name as declared, such as {@code eject}
 */
public record CalledMethod(ImapiMethod imapi, String typeName, String name) {
  /** {@code imapi} under the names {@code imapi.h} gives it: {@code IDiscRecorder.Eject}. */
  public static CalledMethod asInHeader(ImapiMethod imapi) {
    return new CalledMethod(imapi, imapi.interfaceName(), imapi.name());
  }

  /** {@code VendorDrive.eject}, for messages. */
  public String qualifiedName() {
    return typeName + "." + name;
  }
}
