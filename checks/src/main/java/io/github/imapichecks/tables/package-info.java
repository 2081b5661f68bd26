/**
 * What IMAPI is, as plain data: its codes, its interface methods with the codes each returns, and
 * the codes a caller of each method must tell apart. Nothing here knows javac or Error Prone; every
 * other package may depend on this one, and this one on none of them.
 *
 * <p>The tables are resources beside these classes, loaded once per JVM through {@link
 * io.github.imapichecks.tables.TsvResource}:
 *
 * <ul>
 *   <li>{@code imapi1-methods.tsv}: a copy of the project's reference table of IMAPI v1 interface
 *       methods and the codes each is known to return ({@code documented_return_codes} and {@code
 *       other_known_codes});
 *   <li>{@code required-codes.tsv}: our design, one row per code: the codes a caller of each method
 *       must tell apart from a plain failure, with the reason in the words the diagnostics use;
 *   <li>{@code imapi2-methods.tsv}: a copy of the reference table of the IMAPI v2 and IMAPI2FS
 *       methods and property accessors, with the codes each page documents ({@code
 *       documented_return_codes}, {@code success_codes_beyond_S_OK});
 *   <li>{@code required-codes-v2.tsv}: our design for IMAPI v2 and IMAPI2FS, one row per method:
 *       its codes, and one reason for all of them or one per code;
 *   <li>{@code imapi2-codes.tsv}, {@code imapi2fs-codes.tsv}: copies of the IMAPI v2 and IMAPI2FS
 *       code tables; the code table reads those codes from {@code Imapi2Error} and {@code
 *       Imapi2FsError}, and the tests pin them against these copies.
 * </ul>
 *
 * {@code ImapiTablesTest} pins their contents.
 */
package io.github.imapichecks.tables;
