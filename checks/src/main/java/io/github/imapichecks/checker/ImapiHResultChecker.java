package io.github.imapichecks.checker;

import org.checkerframework.common.basetype.BaseTypeChecker;
import org.checkerframework.common.basetype.BaseTypeVisitor;
import org.checkerframework.framework.source.SuppressWarningsPrefix;

/**
 * The sound mode of imapi-checks: a Checker Framework type checker that proves no plain number
 * flows where an IMAPI result belongs.
 *
 * <p>Its qualifiers, in the annotations artifact, form one hierarchy:
 *
 * <pre>
 *   {@code @UnknownImapiHResult}   any number: the default of every unannotated type
 *              |
 *   {@code @ImapiHResult}          an HRESULT returned by an IMAPI call, or an ImapiError constant
 *              |
 *   {@code @ImapiHResultBottom}    the type of null
 * </pre>
 *
 * <p>The checker reports
 *
 * <ul>
 *   <li>a value that is not {@code @ImapiHResult} flowing into an {@code @ImapiHResult} location:
 *       {@code assignment}, {@code argument}, {@code return}, and, for arithmetic on an
 *       {@code @ImapiHResult} variable, {@code compound.assignment}, {@code unary.increment} and
 *       {@code unary.decrement};
 *   <li>an {@code @ImapiHResult} value compared with one that is not ({@code comparison}), except
 *       the sign tests {@code hr < 0} and {@code hr >= 0};
 *   <li>a {@code case} label that is not {@code @ImapiHResult} in a switch on one, or the other way
 *       round ({@code case.label}).
 * </ul>
 *
 * <p>Methods of the IMAPI interfaces return {@code @ImapiHResult} without annotations, recognised
 * by {@link io.github.imapichecks.recognition.BindingStyles}, the rules the Error Prone checks use;
 * the types of unannotated locals are refined by flow, so {@code int hr = master.RecordDisc(false,
 * true)} holds an IMAPI result.
 *
 * <p>Run it with {@code -processor io.github.imapichecks.checker.ImapiHResultChecker}; suppress
 * with {@code @SuppressWarnings("imapihresult")} or
 * {@code @SuppressWarnings("imapihresult:<key>")}.
 */
@SuppressWarningsPrefix("imapihresult")
public final class ImapiHResultChecker extends BaseTypeChecker {
  /** Creates the checker; javac's annotation processing calls this. */
  public ImapiHResultChecker() {}

  @Override
  protected BaseTypeVisitor<?> createSourceVisitor() {
    return new ImapiHResultVisitor(this);
  }
}
