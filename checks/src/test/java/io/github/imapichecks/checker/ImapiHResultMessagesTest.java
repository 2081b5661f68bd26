package io.github.imapichecks.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.imapichecks.checker.DiagnosticComments.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The messages state the facts: which expression, and what to write instead. */
final class ImapiHResultMessagesTest {
  private static List<String> messages(Path work, String source) throws IOException {
    Path dir = Files.createDirectories(work.resolve("src"));
    Files.writeString(dir.resolve("Burner.java"), source);
    Outcome outcome = DiagnosticComments.compile(dir, new ImapiHResultChecker(), work);
    assertFalse(outcome.success());
    return outcome.messages();
  }

  @Test
  void comparisonNamesBothOperands(@TempDir Path work) throws IOException {
    List<String> messages =
        messages(
            work,
            """
            class Burner {
              boolean full(@io.github.imapichecks.annotations.ImapiHResult int hr) {
                return hr == 0x8004021C;
              }
            }
            """);
    assertEquals(
        List.of(
            "Burner.java:3: [comparison] the IMAPI result hr is compared with 0x8004021C, which is"
                + " not an IMAPI result.\n"
                + "  Compare IMAPI results with ImapiError, Imapi2Error or Imapi2FsError constants"
                + " or other @ImapiHResult values, and test success with ImapiError.succeeded(hr) or hr >= 0, failure with"
                + " ImapiError.failed(hr) or hr < 0."),
        messages);
  }

  @Test
  void comparisonThroughEqualsNamesBothOperands(@TempDir Path work) throws IOException {
    List<String> messages =
        messages(
            work,
            """
            import java.util.Objects;
            class Burner {
              boolean busy(@io.github.imapichecks.annotations.ImapiHResult Integer hr) {
                return Objects.equals(0x80040212, hr)
                    || hr.equals(0x80040212);
              }
            }
            """);
    String advice =
        "  Compare IMAPI results with ImapiError, Imapi2Error or Imapi2FsError constants or other"
            + " @ImapiHResult values, and test success with ImapiError.succeeded(hr) or hr >= 0, failure with"
            + " ImapiError.failed(hr) or hr < 0.";
    assertEquals(
        List.of(
            "Burner.java:4: [comparison] the IMAPI result hr is compared with 0x80040212, which is"
                + " not an IMAPI result.\n"
                + advice,
            "Burner.java:5: [comparison] the IMAPI result hr is compared with 0x80040212, which is"
                + " not an IMAPI result.\n"
                + advice),
        messages);
  }

  @Test
  void caseLabelNamesLabelAndSelector(@TempDir Path work) throws IOException {
    List<String> messages =
        messages(
            work,
            """
            class Burner {
              String name(@io.github.imapichecks.annotations.ImapiHResult int hr) {
                switch (hr) {
                  case 0x8004021C: return "full";
                  default: return "other";
                }
              }
            }
            """);
    assertEquals(
        List.of(
            "Burner.java:4: [case.label] the case label 0x8004021C and the switch selector hr do"
                + " not match: one is an IMAPI result and the other is not.\n"
                + "  Switch on an IMAPI result, and label its cases with ImapiError, Imapi2Error or"
                + " Imapi2FsError constants."),
        messages);
  }

  @Test
  void argumentNamesTheParameterAndTheQualifiers(@TempDir Path work) throws IOException {
    List<String> messages =
        messages(
            work,
            """
            class Burner {
              boolean failed() {
                return io.github.imapichecks.annotations.ImapiError.failed(7);
              }
            }
            """);
    assertEquals(
        List.of(
            "Burner.java:3: [argument] the argument for parameter hr of ImapiError.failed is not an"
                + " IMAPI result, but the parameter is @ImapiHResult.\n"
                + "  found   : @UnknownImapiHResult int\n"
                + "  required: @ImapiHResult int\n"
                + "  Pass a result of an IMAPI call, an ImapiError, Imapi2Error or Imapi2FsError"
                + " constant or another @ImapiHResult value; a number literal or arithmetic is"
                + " none."),
        messages);
  }
}
