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

  private static final String[] COM4J_FORMAT2 = {
    "package com4j.imapi2;",
    "import com4j.*;",
    "@IID(\"{27354152-8F64-5B0F-8F00-5D77AFBE261E}\")",
    "public interface IDiscFormat2 extends Com4jObject {",
    "  @VTID(8) boolean isCurrentMediaSupported(IDiscRecorder2 recorder);",
    "}"
  };
  private static final String[] COM4J_FORMAT2_DATA = {
    "package com4j.imapi2;",
    "import com4j.*;",
    "@IID(\"{27354153-9F64-5B0F-8F00-5D77AFBE261E}\")",
    "public interface IDiscFormat2Data extends IDiscFormat2 {",
    "  @VTID(41) void write(Object data);",
    "  @VTID(42) void cancelWrite();",
    "  @VTID(43) void setWriteSpeed(int requestedSectorsPerSecond, boolean pureCav);",
    "  @VTID(18) int getCurrentMediaStatus();",
    "  @VTID(20) int getTotalSectorsOnMedia();",
    "  @VTID(44) int getCurrentWriteSpeed();",
    "}"
  };
  private static final String[] COM4J_RECORDER2 = {
    "package com4j.imapi2;",
    "import com4j.*;",
    "@IID(\"{27354133-7F64-5B0F-8F00-5D77AFBE261E}\")",
    "public interface IDiscRecorder2 extends Com4jObject {",
    "  @VTID(8) void acquireExclusiveAccess(boolean force, String clientName);",
    "}"
  };
  private static final String[] COM4J_FILE_SYSTEM_IMAGE = {
    "package com4j.imapi2fs;",
    "import com4j.*;",
    "@IID(\"{2C941FE1-975B-59BE-A960-9A2A262853A5}\")",
    "public interface IFileSystemImage extends Com4jObject {",
    "  @VTID(30) void setFileSystemsToCreate(int fileSystems);",
    "}"
  };
  private static final String[] JNA_PROXY_ERASE = {
    "package jna.imapi2;",
    "import com.sun.jna.platform.win32.COM.util.annotation.ComInterface;",
    "import com.sun.jna.platform.win32.COM.util.annotation.ComMethod;",
    "@ComInterface(iid = \"{27354156-8F64-5B0F-8F00-5D77AFBE261E}\")",
    "public interface IDiscFormat2Erase {",
    "  @ComMethod(name = \"EraseMedia\") void EraseMedia();",
    "}"
  };
  private static final String[] JNA_LATE_FORMAT2_DATA = {
    "package jna.late;",
    "import com.sun.jna.platform.win32.COM.COMLateBindingObject;",
    "import com.sun.jna.platform.win32.Variant.VARIANT;",
    "public class DiscFormat2Data extends COMLateBindingObject {",
    "  public DiscFormat2Data() { super(\"IMAPI2.MsftDiscFormat2Data\", false); }",
    "  public void write(VARIANT stream) { invokeNoReply(\"Write\", stream); }",
    "  public void setWriteSpeed(int sectors, boolean pureCav) {",
    "    invokeNoReply(\"SetWriteSpeed\", new VARIANT(sectors), new VARIANT(pureCav));",
    "  }",
    "  public int getCurrentWriteSpeed() { return getIntProperty(\"CurrentWriteSpeed\"); }",
    "}"
  };

  private ImapiBindingSources() {}

  /**
   * The exception-style IMAPI v2 bindings: com4j's generated interfaces (packages {@code
   * com4j.imapi2}, {@code com4j.imapi2fs}), a JNA {@code @ComInterface} proxy ({@code jna.imapi2})
   * and a JNA late-binding wrapper ({@code jna.late}).
   */
  static CompilationTestHelper addExceptionStyleTo(CompilationTestHelper helper) {
    return helper
        .addSourceLines("com4j/imapi2/IDiscFormat2.java", COM4J_FORMAT2)
        .addSourceLines("com4j/imapi2/IDiscFormat2Data.java", COM4J_FORMAT2_DATA)
        .addSourceLines("com4j/imapi2/IDiscRecorder2.java", COM4J_RECORDER2)
        .addSourceLines("com4j/imapi2fs/IFileSystemImage.java", COM4J_FILE_SYSTEM_IMAGE)
        .addSourceLines("jna/imapi2/IDiscFormat2Erase.java", JNA_PROXY_ERASE)
        .addSourceLines("jna/late/DiscFormat2Data.java", JNA_LATE_FORMAT2_DATA);
  }

  /** The exception-style IMAPI v2 bindings, unchanged by any fix. */
  static BugCheckerRefactoringTestHelper addExceptionStyleTo(
      BugCheckerRefactoringTestHelper helper) {
    return helper
        .addInputLines("com4j/imapi2/IDiscFormat2.java", COM4J_FORMAT2)
        .expectUnchanged()
        .addInputLines("com4j/imapi2/IDiscFormat2Data.java", COM4J_FORMAT2_DATA)
        .expectUnchanged()
        .addInputLines("com4j/imapi2/IDiscRecorder2.java", COM4J_RECORDER2)
        .expectUnchanged()
        .addInputLines("com4j/imapi2fs/IFileSystemImage.java", COM4J_FILE_SYSTEM_IMAGE)
        .expectUnchanged()
        .addInputLines("jna/imapi2/IDiscFormat2Erase.java", JNA_PROXY_ERASE)
        .expectUnchanged()
        .addInputLines("jna/late/DiscFormat2Data.java", JNA_LATE_FORMAT2_DATA)
        .expectUnchanged();
  }

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
