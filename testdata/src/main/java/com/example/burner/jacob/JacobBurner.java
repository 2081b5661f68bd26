package com.example.burner.jacob;

import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_ERASE_MEDIA_IS_NOT_SUPPORTED;
import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_RECORDER_LOCKED;
import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_RECORDER_MEDIA_NO_MEDIA;
import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_REQUEST_CANCELLED;
import static io.github.imapichecks.annotations.Imapi2FsError.IMAPI_E_IMAGE_SIZE_LIMIT;
import static io.github.imapichecks.annotations.ImapiError.E_ACCESSDENIED;

import com.example.burner.BurnException;
import com.example.burner.BurnListener;
import com.example.burner.BurnOutcome;
import com.example.burner.v2.DataBurn;
import com.example.burner.v2.EraseOutcome;
import com.jacob.activeX.ActiveXComponent;
import com.jacob.com.ComFailException;
import com.jacob.com.ComThread;
import com.jacob.com.Dispatch;
import com.jacob.com.Variant;
import io.github.imapichecks.annotations.ImapiHResult;
import java.util.logging.Logger;

/**
 * Burns data discs, and erases them, with IMAPI v2 through JACOB's late binding. Each step that is
 * documented to fail for a reason the user must hear of is caught on its own and its codes told
 * apart by {@code getHResult()}; every other failure goes on, with its HRESULT, as the cause of a
 * {@link BurnException}.
 */
public final class JacobBurner {
  private static final String CLIENT_NAME = "ExampleBurner";

  /** Sectors per second at 1x: 75 sectors of 2048 bytes, CD speed. */
  private static final int SECTORS_PER_SECOND_1X = 75;

  /** {@code FsiFileSystemISO9660 | FsiFileSystemJoliet | FsiFileSystemUDF}. */
  private static final int FILE_SYSTEMS = 1 | 2 | 4;

  private static final Logger log = Logger.getLogger(JacobBurner.class.getName());

  private final BurnListener listener;

  public JacobBurner(BurnListener listener) {
    this.listener = listener;
  }

  /**
   * Burns {@code burn}, on this thread, which JACOB joins to COM's multithreaded apartment.
   *
   * @return how the burn ended, unless it failed
   * @throws BurnException if a step failed
   */
  public BurnOutcome burn(DataBurn burn) throws BurnException {
    ComThread.InitMTA();
    try {
      ActiveXComponent recorder = new ActiveXComponent("IMAPI2.MsftDiscRecorder2");
      Dispatch.call(recorder, "InitializeDiscRecorder", burn.recorderId());
      try {
        Dispatch.call(recorder, "AcquireExclusiveAccess", false, CLIENT_NAME);
      } catch (ComFailException e) {
        int hr = e.getHResult();
        // LOCKED for IMAPI's own lock, ACCESSDENIED for a program using the drive.
        if (hr == E_IMAPI_RECORDER_LOCKED || hr == E_ACCESSDENIED) {
          listener.notice("The drive is in use by another program; try again later.");
          return BurnOutcome.DRIVE_IN_USE;
        }
        throw new BurnException("locking the drive", e);
      }
      try {
        ActiveXComponent writer = new ActiveXComponent("IMAPI2.MsftDiscFormat2Data");
        Dispatch.put(writer, "Recorder", recorder);
        Dispatch.put(writer, "ClientName", CLIENT_NAME);
        Dispatch.call(writer, "SetWriteSpeed", burn.sectorsPerSecond(), false);
        // JACOB drops S_IMAPI_SPEEDADJUSTED and its siblings: read back the speed the drive chose.
        int speed = Dispatch.get(writer, "CurrentWriteSpeed").getInt();
        if (burn.sectorsPerSecond() != DataBurn.FASTEST && speed != burn.sectorsPerSecond()) {
          listener.notice("The drive burns at " + speed / SECTORS_PER_SECOND_1X + "x.");
        }
        Variant image = buildImage(recorder, burn);
        if (image == null) {
          return BurnOutcome.DOES_NOT_FIT;
        }
        try {
          Dispatch.call(writer, "Write", image);
          return BurnOutcome.BURNED;
        } catch (ComFailException e) {
          switch (e.getHResult()) {
            case E_IMAPI_REQUEST_CANCELLED -> {
              listener.notice("The burn was cancelled; erase the disc before using it again.");
              return BurnOutcome.CANCELLED;
            }
            case E_IMAPI_RECORDER_MEDIA_NO_MEDIA -> {
              listener.notice("The disc was taken out.");
              return BurnOutcome.NO_DISC;
            }
            default -> throw new BurnException("burning", e);
          }
        }
      } finally {
        release(recorder);
      }
    } catch (ComFailException e) {
      // A step with no code of its own to tell apart: its HRESULT goes on, in the cause.
      throw new BurnException("burning", e);
    } finally {
      ComThread.Release();
    }
  }

  /**
   * The image stream of {@code burn}'s folders, sized for the disc in {@code recorder}; null,
   * having told the user, when they do not fit.
   */
  private Variant buildImage(Dispatch recorder, DataBurn burn) throws BurnException {
    ActiveXComponent image = new ActiveXComponent("IMAPI2FS.MsftFileSystemImage");
    Dispatch.call(image, "ChooseImageDefaults", recorder);
    Dispatch.put(image, "FileSystemsToCreate", FILE_SYSTEMS);
    // JACOB drops IMAPI_S_IMAGE_FEATURE_NOT_SUPPORTED: read back what the image will have.
    if ((Dispatch.get(image, "FileSystemsToCreate").getInt() & 4) == 0) {
      listener.notice("The disc gets no UDF file system.");
    }
    Dispatch.put(image, "VolumeName", burn.volumeName());
    Dispatch root = Dispatch.get(image, "Root").toDispatch();
    for (String folder : burn.folders()) {
      try {
        Dispatch.call(root, "AddTree", folder, true);
      } catch (ComFailException e) {
        if (rootFailureOf(e) == IMAPI_E_IMAGE_SIZE_LIMIT) {
          listener.notice(folder + " does not fit on the disc.");
          return null;
        }
        throw new BurnException("adding " + folder, e);
      }
    }
    Dispatch result = Dispatch.call(image, "CreateResultImage").toDispatch();
    return Dispatch.get(result, "ImageStream");
  }

  /**
   * Erases the disc in the drive {@code recorderId}, on this thread: its table of contents only, or
   * all of it if {@code full}.
   *
   * @return how the erase ended, unless it failed
   * @throws BurnException if a step failed
   */
  public EraseOutcome erase(String recorderId, boolean full) throws BurnException {
    ComThread.InitMTA();
    try {
      ActiveXComponent recorder = new ActiveXComponent("IMAPI2.MsftDiscRecorder2");
      recorder.invoke("InitializeDiscRecorder", recorderId);
      ActiveXComponent eraser = new ActiveXComponent("IMAPI2.MsftDiscFormat2Erase");
      eraser.setProperty("Recorder", recorder);
      eraser.setProperty("ClientName", CLIENT_NAME);
      eraser.setProperty("FullErase", full);
      try {
        eraser.invoke("EraseMedia");
        return EraseOutcome.ERASED;
      } catch (ComFailException e) {
        if (e.getHResult() == E_IMAPI_RECORDER_MEDIA_NO_MEDIA) {
          listener.notice("Insert the disc to erase.");
          return EraseOutcome.NO_DISC;
        }
        if (e.getHResult() == E_IMAPI_ERASE_MEDIA_IS_NOT_SUPPORTED) {
          listener.notice("The disc is not rewritable.");
          return EraseOutcome.NOT_REWRITABLE;
        }
        throw new BurnException("erasing the disc", e);
      }
    } catch (ComFailException e) {
      throw new BurnException("preparing the erase", e);
    } finally {
      ComThread.Release();
    }
  }

  /**
   * The HRESULT {@code failure}, thrown by {@code AddTree} on the image's root directory, carries,
   * as an IMAPI result. No check knows the root directory, which only the image's {@code Root}
   * property hands out, as an object of no known interface: its failure is no IMAPI one to the
   * sound mode.
   */
  // Limitation: the object a property returns has no interface the checks know.
  @SuppressWarnings("imapihresult:return")
  private static @ImapiHResult int rootFailureOf(ComFailException failure) {
    return failure.getHResult();
  }

  /** Unlocks the drive again; a failure is only logged, the work being done. */
  private static void release(Dispatch recorder) {
    try {
      Dispatch.call(recorder, "ReleaseExclusiveAccess");
    } catch (ComFailException e) {
      log.warning("unlocking the drive failed: " + e.getMessage());
    }
  }
}
