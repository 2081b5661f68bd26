package io.github.imapichecks.errorprone;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.CompilationTestHelper;

/** The IMAPI bindings that test sources call: int-returning and JNA {@code HRESULT}-returning. */
final class ImapiBindingSources {
  private static final String[] DISC_MASTER = {
    "package imapi;",
    "public interface IDiscMaster {",
    "  int Open();",
    "  int SetActiveDiscRecorder(IDiscRecorder recorder);",
    "  int RecordDisc(boolean simulate, boolean eject);",
    "  int ClearFormatContent();",
    "  int Close();",
    "}"
  };
  private static final String[] DISC_RECORDER = {
    "package imapi;",
    "public interface IDiscRecorder {",
    "  int SetRecorderProperties(Object properties);",
    "  Integer openExclusive();",
    "  long queryMediaType();",
    "  int Eject();",
    "}"
  };
  private static final String[] JOLIET = {
    "package imapi;",
    "import com.sun.jna.platform.win32.WinNT.HRESULT;",
    "public interface IJolietDiscMaster {",
    "  HRESULT AddData(Object storage, int overwrite);",
    "  HRESULT SetJolietProperties(Object properties);",
    "}"
  };
  private static final String[] REDBOOK = {
    "package imapi;",
    "public interface IRedbookDiscMaster {",
    "  int AddAudioTrackBlocks(byte[] blocks, int count);",
    "}"
  };

  private ImapiBindingSources() {}

  static CompilationTestHelper addTo(CompilationTestHelper helper) {
    return helper
        .addSourceLines("imapi/IDiscMaster.java", DISC_MASTER)
        .addSourceLines("imapi/IDiscRecorder.java", DISC_RECORDER)
        .addSourceLines("imapi/IJolietDiscMaster.java", JOLIET)
        .addSourceLines("imapi/IRedbookDiscMaster.java", REDBOOK);
  }

  static BugCheckerRefactoringTestHelper addTo(BugCheckerRefactoringTestHelper helper) {
    return helper
        .addInputLines("imapi/IDiscMaster.java", DISC_MASTER)
        .expectUnchanged()
        .addInputLines("imapi/IDiscRecorder.java", DISC_RECORDER)
        .expectUnchanged()
        .addInputLines("imapi/IJolietDiscMaster.java", JOLIET)
        .expectUnchanged()
        .addInputLines("imapi/IRedbookDiscMaster.java", REDBOOK)
        .expectUnchanged();
  }
}
