package io.github.imapichecks.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated value holds an HRESULT returned by, or destined for, the Windows IMAPI disc-burning
 * API: {@code S_OK}, a success-with-information code such as {@link
 * ImapiError#IMAPI_S_PROPERTIESIGNORED}, or an error such as {@link ImapiError#IMAPI_E_DISCFULL}.
 * The same holds for IMAPI v2 and its file-system images, whose codes are in {@link Imapi2Error}
 * and {@link Imapi2FsError}.
 *
 * <p>Write it on the type of a method's return value, a parameter, a field or a local variable of
 * type {@code int}, {@code Integer}, {@code long} or JNA's {@code WinNT.HRESULT}:
 *
 * <pre>{@code
 * @ImapiHResult int burn(IDiscMaster master) { return master.RecordDisc(false, true); }
 * }</pre>
 *
 * <p>The imapi-checks Error Prone checks then treat every value read from that location as an IMAPI
 * result: they ask for named codes instead of numbers, {@link ImapiError#succeeded(int)} instead of
 * {@code == S_OK}, and for the codes each IMAPI call's caller must handle. The imapi-checks Checker
 * Framework checker goes further and proves that only IMAPI results and the constants of {@link
 * ImapiError}, {@link Imapi2Error} and {@link Imapi2FsError} flow into such locations.
 *
 * <p>Calls to the IMAPI interfaces themselves ({@code IDiscMaster}, {@code IDiscRecorder}, {@code
 * IJolietDiscMaster}, {@code IRedbookDiscMaster}) need no annotation: the checks recognise them by
 * name. Annotate your own wrappers, so that the values they pass on are checked too.
 *
 * <p>This is a pure type-use annotation, as the Checker Framework requires of a qualifier: it
 * annotates the type ({@code @ImapiHResult int}), not the declaration. On any other type than those
 * listed above it is a mistake, which the checks report.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE_USE, ElementType.TYPE_PARAMETER})
public @interface ImapiHResult {}
