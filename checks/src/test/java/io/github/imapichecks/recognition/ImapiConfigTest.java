package io.github.imapichecks.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.CompilationTestHelper;
import com.google.errorprone.ErrorProneFlags;
import com.sun.tools.javac.main.Main.Result;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ImapiConfigTest {
  private static ImapiConfig parse(String bindingTypes) {
    return ImapiConfig.fromFlags(
        ErrorProneFlags.fromMap(Map.of(ImapiConfig.BINDING_TYPES_FLAG, bindingTypes)));
  }

  @Test
  void noFlagMeansNoBindingTypes() {
    ImapiConfig config = ImapiConfig.fromFlags(ErrorProneFlags.empty());
    assertEquals(ImmutableSet.of(), config.bindingTypes());
    assertEquals(ImmutableList.of(), config.problems());
  }

  @Test
  void bindingTypesAreCommaSeparatedQualifiedNames() {
    ImapiConfig config = parse("com.acme.Burner, com.acme.imapi.Drive$Tray,Toplevel");
    assertEquals(
        ImmutableSet.of("com.acme.Burner", "com.acme.imapi.Drive$Tray", "Toplevel"),
        config.bindingTypes());
    assertEquals(ImmutableList.of(), config.problems());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"com.acme.", "", "com.acme.Burner,,x", "com..Burner", "1acme.Burner", "a b"})
  void malformedEntriesAreProblemsThatNameFlagEntryAndForm(String value) {
    ImapiConfig config = parse(value);
    assertEquals(1, config.problems().size(), () -> value + ": " + config.problems());
    String problem = config.problems().get(0);
    assertTrue(problem.startsWith("-XepOpt:Imapi:BindingTypes=" + value + ": '"), problem);
    assertTrue(problem.contains("is not a fully qualified type name"), problem);
    assertTrue(problem.contains("-XepOpt:Imapi:BindingTypes=com.acme.imapi.Burner"), problem);
  }

  @Test
  void goodEntriesNextToABadOneStillCount() {
    ImapiConfig config = parse("com.acme.Burner,com.acme.");
    assertEquals(ImmutableSet.of("com.acme.Burner"), config.bindingTypes());
    assertEquals(1, config.problems().size());
  }

  @Test
  void theWarningForAnUnknownTypeNamesFlagEntryAndFix() {
    ImapiConfig config = parse("com.acme.Burner,com.acme.Drive$Tray");
    assertEquals(
        "-XepOpt:Imapi:BindingTypes=com.acme.Burner,com.acme.Drive$Tray: 'com.acme.Burner' names"
            + " no type on this compilation's classpath or among its sources, so no call through it"
            + " is recognized; give the fully qualified name of a class or interface on the"
            + " classpath",
        config.unknownBindingType("com.acme.Burner", Optional.empty()));
    assertTrue(
        config
            .unknownBindingType("com.acme.Drive$Tray", Optional.of("com.acme.Drive.Tray"))
            .endsWith(
                "on the classpath: a nested type is named with dots, as in com.acme.Drive.Tray"));
  }

  @Test
  void aMalformedFlagFailsTheCompilationWithoutACrash() {
    // The helper itself fails the test on any compiler crash report.
    CompilationTestHelper.newInstance(RecognitionProbe.class, getClass())
        .setArgs("-XepOpt:Imapi:BindingTypes=com.acme.")
        .addSourceLines("A.java", "class A {}")
        .addSourceLines("B.java", "class B {}")
        .expectResult(Result.ERROR)
        .doTest();
  }

  @Test
  void aWellFormedFlagCompiles() {
    CompilationTestHelper.newInstance(RecognitionProbe.class, getClass())
        .setArgs("-XepOpt:Imapi:BindingTypes=com.acme.Burner")
        .addSourceLines("A.java", "class A {}")
        .expectResult(Result.OK)
        .doTest();
  }
}
