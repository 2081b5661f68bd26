package io.github.imapichecks.recognition;

/**
 * How the user's code holds and tests an IMAPI result of one kind, for the advice messages give and
 * the code fixes write.
 *
 * @param declaredType the type a local holding the result is declared with: {@code HRESULT}
 * @param helperClass the class whose helpers test it, as written after an import: {@code COMUtils}
 * @param helperClassName that class's fully qualified name, for the import a fix adds
 * @param succeeded the name of the success test: {@code SUCCEEDED}
 * @param failed the name of the failure test: {@code FAILED}
 * @param intValuePrefix what comes before the holder's name to read its {@code int}: {@code (int) }
 * @param intValueSuffix what comes after it: {@code .intValue()}
 * @param helpersTakeTheHolder whether the helpers take the holder itself ({@code
 *     COMUtils.FAILED(hr)}) rather than its {@code int} ({@code ImapiError.failed((int) hr)})
 */
public record ResultForm(
    String declaredType,
    String helperClass,
    String helperClassName,
    String succeeded,
    String failed,
    String intValuePrefix,
    String intValueSuffix,
    boolean helpersTakeTheHolder) {
  /** The failure test of a result held in {@code hr}: {@code COMUtils.FAILED(hr)}. */
  public String failedTest(String hr) {
    return helperClass + "." + failed + "(" + helperArgument(hr) + ")";
  }

  /** What the helpers are given for a result held in {@code hr}: {@code hr} or its {@code int}. */
  public String helperArgument(String hr) {
    return helpersTakeTheHolder ? hr : intValue(hr);
  }

  /** The {@code int} value of a result held in {@code hr}: {@code hr.intValue()}. */
  public String intValue(String hr) {
    return intValuePrefix + hr + intValueSuffix;
  }

  /** The pair of helpers, for advice: {@code COMUtils.SUCCEEDED(hr) or COMUtils.FAILED(hr)}. */
  public String helpers() {
    return helperClass + "." + succeeded + "(hr) or " + helperClass + "." + failed + "(hr)";
  }
}
