package io.github.imapichecks.errorprone;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.CompilationTestHelper;

/**
 * The IMAPI bindings that test sources call: int-returning and JNA {@code HRESULT}-returning, of
 * IMAPI v1 (package {@code imapi}) and of IMAPI v2 and IMAPI2FS (package {@code imapi2}).
 */
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

  private static final String[] FORMAT2 = {
    "package imapi2;",
    "public interface IDiscFormat2 {",
    "  int get_MediaHeuristicallyBlank(boolean[] blank);",
    "  int IsCurrentMediaSupported(IDiscRecorder2 recorder, boolean[] supported);",
    "}"
  };
  private static final String[] FORMAT2_DATA = {
    "package imapi2;",
    "import com.sun.jna.platform.win32.WinNT.HRESULT;",
    "public interface IDiscFormat2Data extends IDiscFormat2 {",
    "  int Write(Object stream);",
    "  int SetWriteSpeed(int sectorsPerSecond, boolean rotationTypeIsPureCAV);",
    "  int CancelWrite();",
    "  int put_Recorder(IDiscRecorder2 recorder);",
    "  HRESULT get_FreeSectorsOnMedia(int[] sectors);",
    "}"
  };
  private static final String[] FORMAT2_ERASE = {
    "package imapi2;",
    "public interface IDiscFormat2Erase extends IDiscFormat2 {",
    "  int EraseMedia();",
    "  int setRecorder(IDiscRecorder2 recorder);",
    "}"
  };
  private static final String[] RECORDER2 = {
    "package imapi2;",
    "public interface IDiscRecorder2 {",
    "  int AcquireExclusiveAccess(boolean force, String client);",
    "  int ReleaseExclusiveAccess();",
    "}"
  };
  private static final String[] RECORDER2_EX = {
    "package imapi2;",
    "public interface IDiscRecorder2Ex {",
    "  int SendCommandNoData(byte[] cdb, int size, byte[] sense, int timeout);",
    "}"
  };
  private static final String[] FILE_SYSTEM_IMAGE = {
    "package imapi2;",
    "public interface IFileSystemImage {",
    "  int put_FileSystemsToCreate(int fileSystems);",
    "  int get_Root(IFsiDirectoryItem[] root);",
    "}"
  };
  private static final String[] DIRECTORY_ITEM = {
    "package imapi2;",
    "public interface IFsiDirectoryItem {",
    "  int addTree(String sourceDirectory, boolean includeBaseDirectory);",
    "}"
  };

  private ImapiBindingSources() {}

  /** The IMAPI v2 and IMAPI2FS bindings, in the package {@code imapi2}. */
  static CompilationTestHelper addV2To(CompilationTestHelper helper) {
    return helper
        .addSourceLines("imapi2/IDiscFormat2.java", FORMAT2)
        .addSourceLines("imapi2/IDiscFormat2Data.java", FORMAT2_DATA)
        .addSourceLines("imapi2/IDiscFormat2Erase.java", FORMAT2_ERASE)
        .addSourceLines("imapi2/IDiscRecorder2.java", RECORDER2)
        .addSourceLines("imapi2/IDiscRecorder2Ex.java", RECORDER2_EX)
        .addSourceLines("imapi2/IFileSystemImage.java", FILE_SYSTEM_IMAGE)
        .addSourceLines("imapi2/IFsiDirectoryItem.java", DIRECTORY_ITEM);
  }

  /** The IMAPI v2 and IMAPI2FS bindings, unchanged by any fix. */
  static BugCheckerRefactoringTestHelper addV2To(BugCheckerRefactoringTestHelper helper) {
    return helper
        .addInputLines("imapi2/IDiscFormat2.java", FORMAT2)
        .expectUnchanged()
        .addInputLines("imapi2/IDiscFormat2Data.java", FORMAT2_DATA)
        .expectUnchanged()
        .addInputLines("imapi2/IDiscFormat2Erase.java", FORMAT2_ERASE)
        .expectUnchanged()
        .addInputLines("imapi2/IDiscRecorder2.java", RECORDER2)
        .expectUnchanged()
        .addInputLines("imapi2/IDiscRecorder2Ex.java", RECORDER2_EX)
        .expectUnchanged()
        .addInputLines("imapi2/IFileSystemImage.java", FILE_SYSTEM_IMAGE)
        .expectUnchanged()
        .addInputLines("imapi2/IFsiDirectoryItem.java", DIRECTORY_ITEM)
        .expectUnchanged();
  }

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
