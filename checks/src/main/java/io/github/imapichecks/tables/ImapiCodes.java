package io.github.imapichecks.tables;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.imapichecks.annotations.Imapi2Error;
import io.github.imapichecks.annotations.Imapi2FsError;
import io.github.imapichecks.annotations.ImapiError;
import io.github.imapichecks.tables.ImapiCode.Family;
import java.lang.reflect.Field;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The table of IMAPI and generic codes, read from the constants of {@link ImapiError} so that the
 * checks and the users' code agree on every name and value by construction.
 */
public final class ImapiCodes {
  /** The class users' code reads IMAPI v1 and generic codes from. */
  public static final String IMAPI_ERROR = "io.github.imapichecks.annotations.ImapiError";

  /** The class users' code reads IMAPI v2 codes from. */
  public static final String IMAPI2_ERROR = "io.github.imapichecks.annotations.Imapi2Error";

  /** The class users' code reads IMAPI2FS codes from. */
  public static final String IMAPI2_FS_ERROR = "io.github.imapichecks.annotations.Imapi2FsError";

  private static final ImmutableList<ImapiCode> ALL =
      ImmutableList.sortedCopyOf(
          Comparator.comparing(ImapiCode::name),
          ImmutableList.<ImapiCode>builder()
              .addAll(readImapiError())
              .addAll(readConstants(Imapi2Error.class, Imapi2Error::describe, Family.IMAPI_V2))
              .addAll(
                  readConstants(Imapi2FsError.class, Imapi2FsError::describe, Family.IMAPI_V2_FS))
              .build());
  private static final ImmutableMap<String, ImapiCode> BY_NAME =
      ALL.stream().collect(ImmutableMap.toImmutableMap(ImapiCode::name, code -> code));
  private static final ImmutableMap<Integer, ImapiCode> BY_VALUE =
      ALL.stream().collect(ImmutableMap.toImmutableMap(ImapiCode::value, code -> code));
  private static final ImmutableMap<String, ImapiCode> BY_SPELLING =
      ALL.stream()
          .filter(code -> code.family() != Family.GENERIC)
          .collect(ImmutableMap.toImmutableMap(code -> spellingKey(code.name()), code -> code));

  private ImapiCodes() {}

  /** Every code, sorted by name. */
  public static ImmutableList<ImapiCode> all() {
    return ALL;
  }

  /** The code with this header name, such as {@code IMAPI_E_DISCFULL}. */
  public static Optional<ImapiCode> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /**
   * The IMAPI code, of any API, whose header name {@code name} spells, however cased or
   * underscored, as copied interop tables spell them: {@code Imapi_E_WrongFormat}, {@code
   * ImapiEWrongFormat} and {@code IMAPI_E_WRONGFORMAT} all name {@code IMAPI_E_WRONGFORMAT}; so
   * does the common misspelling {@code TOO_SMALL} of the header's {@code TO_SMALL}. Generic COM
   * codes are not looked up.
   */
  public static Optional<ImapiCode> bySpelling(String name) {
    return mayBeSpelling(name)
        ? Optional.ofNullable(BY_SPELLING.get(spellingKey(name)))
        : Optional.empty();
  }

  /**
   * Whether {@code name} may spell an IMAPI code, the cheap first test: every IMAPI code's name
   * starts with IMAPI (v1, IMAPI2FS) or E_IMAPI, S_IMAPI (v2), however a table cases or underscores
   * it.
   */
  private static boolean mayBeSpelling(String name) {
    return name.regionMatches(/* ignoreCase= */ true, 0, "IMAPI", 0, 5)
        || name.regionMatches(/* ignoreCase= */ true, 1, "IMAPI", 0, 5)
        || name.regionMatches(/* ignoreCase= */ true, 2, "IMAPI", 0, 5);
  }

  /**
   * What {@link #bySpelling} compares: the name upper-cased, without underscores, {@code TOOSMALL}
   * read as {@code TOSMALL}. No two codes of any table share one (ImapiTablesTest pins that).
   */
  static String spellingKey(String name) {
    return name.toUpperCase(Locale.ROOT).replace("_", "").replace("TOOSMALL", "TOSMALL");
  }

  /** The code with this value, such as {@code 0x8004021C}. */
  public static Optional<ImapiCode> byValue(int value) {
    return Optional.ofNullable(BY_VALUE.get(value));
  }

  /**
   * The code with this value that a result of {@code api} can be: one of the API's own codes or a
   * generic one (see {@link ImapiApi#returns}).
   */
  public static Optional<ImapiCode> returnableBy(ImapiApi api, int value) {
    return byValue(value).filter(code -> api.returns(code.family()));
  }

  /**
   * The code with this header name. For names that come from the project's own tables, where a
   * missing name is a defect of the table, not of the user's code.
   *
   * @throws IllegalArgumentException if no code has that name
   */
  static ImapiCode named(String name) {
    return byName(name)
        .orElseThrow(() -> new IllegalArgumentException("no IMAPI code is named " + name));
  }

  private static ImmutableList<ImapiCode> readImapiError() {
    // A constant's family is that of the API whose code table names it; the others are generic.
    Set<String> v1 =
        TsvResource.read(ImapiApi.V1.codesResource()).stream()
            .map(row -> row.get(0))
            .collect(Collectors.toSet());
    return readConstants(ImapiError.class, ImapiError::describe, Family.GENERIC).stream()
        .map(
            code ->
                v1.contains(code.name())
                    ? new ImapiCode(code.name(), code.value(), Family.IMAPI_V1, code.meaning())
                    : code)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The codes {@code holder} names: every public field is a static final int code (the annotations'
   * tests pin that), described by {@code describe}.
   */
  private static ImmutableList<ImapiCode> readConstants(
      Class<?> holder, IntFunction<String> describe, Family family) {
    ImmutableList.Builder<ImapiCode> codes = ImmutableList.builder();
    for (Field field : holder.getFields()) {
      int value;
      try {
        value = field.getInt(null);
      } catch (IllegalAccessException e) {
        throw new LinkageError(
            "cannot read public constant " + holder.getSimpleName() + "." + field.getName(), e);
      }
      codes.add(new ImapiCode(field.getName(), value, family, describe.apply(value)));
    }
    return codes.build();
  }
}
