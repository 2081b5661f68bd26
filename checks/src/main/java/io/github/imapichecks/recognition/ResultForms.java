package io.github.imapichecks.recognition;

import com.sun.tools.javac.code.Type;
import javax.lang.model.type.TypeKind;
import org.jspecify.annotations.Nullable;

/**
 * How the user's code holds and tests an IMAPI result of a given type, for the advice messages
 * give: JNA's {@code HRESULT} is tested with {@code COMUtils}, and compared through {@code
 * intValue()}; an {@code int} or {@code Integer} with {@code ImapiError}; a {@code long} with
 * {@code ImapiError} after a cast, which is right for its signed and its unsigned form alike.
 */
public final class ResultForms {
  private ResultForms() {}

  /** The type a local holding a result of {@code type} is declared with: HRESULT, long or int. */
  public static String declaredType(@Nullable Type type) {
    if (ImapiBindings.isJnaHResult(type)) {
      return "HRESULT";
    }
    return isLong(type) ? "long" : "int";
  }

  /**
   * The failure test for a result of {@code type} held in {@code hr}: {@code
   * ImapiError.failed(hr)}.
   */
  public static String failedTest(@Nullable Type type, String hr) {
    if (ImapiBindings.isJnaHResult(type)) {
      return "COMUtils.FAILED(" + hr + ")";
    }
    return "ImapiError.failed(" + intValue(type, hr) + ")";
  }

  /**
   * The {@code int} value of a result of {@code type} held in {@code hr}: {@code hr.intValue()}.
   */
  public static String intValue(@Nullable Type type, String hr) {
    if (ImapiBindings.isJnaHResult(type)) {
      return hr + ".intValue()";
    }
    return isLong(type) ? "(int) " + hr : hr;
  }

  private static boolean isLong(@Nullable Type type) {
    return type != null && type.getKind() == TypeKind.LONG;
  }
}
