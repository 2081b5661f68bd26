package io.github.imapichecks.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The bottom of the imapi-checks Checker Framework checker's hierarchy, below {@link ImapiHResult}:
 * the type of {@code null} and of code that cannot complete normally.
 *
 * <p>Rarely written by hand: the checker gives this type to the {@code null} literal, so that a
 * {@code @ImapiHResult Integer} or {@code @ImapiHResult HRESULT} may be {@code null}, and to the
 * lower bounds of type variables. There is no reason to write it in application code.
 *
 * <p>Only the Checker Framework checker ({@code io.github.imapichecks.checker.ImapiHResultChecker})
 * reads it; the Error Prone checks ignore it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE_USE, ElementType.TYPE_PARAMETER})
public @interface ImapiHResultBottom {}
