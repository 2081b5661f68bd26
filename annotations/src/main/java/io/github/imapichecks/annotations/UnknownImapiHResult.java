package io.github.imapichecks.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated value may be any number, not necessarily an IMAPI result: the top of the
 * imapi-checks Checker Framework checker's hierarchy, above {@link ImapiHResult}.
 *
 * <p>Rarely written by hand: it is the default for every unannotated type, so {@code int count}
 * already means {@code @UnknownImapiHResult int count}. Write it only to say so explicitly, for
 * example on a type argument.
 *
 * <p>Only the Checker Framework checker ({@code io.github.imapichecks.checker.ImapiHResultChecker})
 * reads it; the Error Prone checks ignore it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE_USE, ElementType.TYPE_PARAMETER})
public @interface UnknownImapiHResult {}
