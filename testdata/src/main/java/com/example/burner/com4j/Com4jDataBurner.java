package com.example.burner.com4j;

import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_RECORDER_MEDIA_NO_MEDIA;
import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_REQUEST_CANCELLED;
import static io.github.imapichecks.annotations.Imapi2FsError.IMAPI_E_IMAGE_SIZE_LIMIT;

import com.example.burner.BurnException;
import com.example.burner.BurnListener;
import com.example.burner.BurnOutcome;
import com.example.burner.com4j.imapi2.ClassFactory;
import com.example.burner.com4j.imapi2.IDiscFormat2Data;
import com.example.burner.com4j.imapi2.IDiscRecorder2;
import com.example.burner.com4j.imapi2common.IStream;
import com.example.burner.com4j.imapi2fs.IFileSystemImage;
import com.example.burner.com4j.imapi2fs.IFsiDirectoryItem;
import com.example.burner.v2.DataBurn;
import com4j.ComException;
import java.util.List;

/**
 * Burns a data disc with IMAPI v2 through com4j's generated bindings. Each call returns its value
 * and throws {@link ComException} when it fails: the handlers tell apart, by {@code getHRESULT()},
 * the codes each call is documented to fail with for a reason the user must hear of, and hand every
 * other failure on, with its HRESULT, as the cause of a {@link BurnException}.
 */
public final class Com4jDataBurner {
  /** Sectors per second at 1x: 75 sectors of 2048 bytes, CD speed. */
  private static final int SECTORS_PER_SECOND_1X = 75;

  private static final int FILE_SYSTEMS =
      IFileSystemImage.FILE_SYSTEM_ISO9660
          | IFileSystemImage.FILE_SYSTEM_JOLIET
          | IFileSystemImage.FILE_SYSTEM_UDF;

  private final BurnListener listener;

  public Com4jDataBurner(BurnListener listener) {
    this.listener = listener;
  }

  /**
   * Burns {@code burn}.
   *
   * @return how the burn ended, unless it failed
   * @throws BurnException if a step failed
   */
  public BurnOutcome burn(DataBurn burn) throws BurnException {
    try {
      IDiscRecorder2 recorder = Com4jDrives.open(burn.recorderId());
      IDiscFormat2Data writer = ClassFactory.createMsftDiscFormat2Data();
      if (!writer.isRecorderSupported(recorder)) {
        listener.notice(Com4jDrives.displayName(recorder) + " cannot write data discs.");
        return BurnOutcome.UNSUPPORTED_DISC;
      }
      if (!Com4jDrives.lock(recorder, listener)) {
        return BurnOutcome.DRIVE_IN_USE;
      }
      try {
        writer.setRecorder(recorder);
        writer.setClientName(Com4jDrives.CLIENT_NAME);
        if (!writer.isCurrentMediaSupported(recorder)) {
          listener.notice("Insert a blank disc into " + Com4jDrives.displayName(recorder) + ".");
          return BurnOutcome.NO_DISC;
        }
        negotiateSpeed(writer, burn.sectorsPerSecond());
        IFileSystemImage image =
            com.example.burner.com4j.imapi2fs.ClassFactory.createMsftFileSystemImage();
        image.chooseImageDefaults(recorder);
        chooseFileSystems(image);
        image.setVolumeName(burn.volumeName());
        if (!add(image.getRoot(), burn.folders())) {
          return BurnOutcome.DOES_NOT_FIT;
        }
        return write(writer, image.createResultImage().getImageStream());
      } finally {
        Com4jDrives.release(recorder);
      }
    } catch (ComException e) {
      // A step with no code of its own to tell apart: its HRESULT goes on, in the cause.
      throw new BurnException("burning", e);
    }
  }

  /**
   * Asks for {@code sectorsPerSecond}. com4j drops {@code S_IMAPI_SPEEDADJUSTED} and its siblings,
   * so the speed the drive chose is read back, as SetWriteSpeed's page advises.
   */
  private void negotiateSpeed(IDiscFormat2Data writer, int sectorsPerSecond) {
    writer.setWriteSpeed(sectorsPerSecond, false);
    int current = writer.getCurrentWriteSpeed();
    if (sectorsPerSecond != DataBurn.FASTEST && current != sectorsPerSecond) {
      listener.notice("The drive burns at " + current / SECTORS_PER_SECOND_1X + "x.");
    }
  }

  /**
   * Asks for every file system. com4j drops {@code IMAPI_S_IMAGE_FEATURE_NOT_SUPPORTED}, so the
   * file systems the image will have are read back.
   */
  private void chooseFileSystems(IFileSystemImage image) {
    image.setFileSystemsToCreate(FILE_SYSTEMS);
    if ((image.getFileSystemsToCreate() & IFileSystemImage.FILE_SYSTEM_UDF) == 0) {
      listener.notice("The disc gets no UDF file system.");
    }
  }

  /**
   * Adds {@code folders} at the root. Returns false, having told the user, when they do not fit.
   */
  private boolean add(IFsiDirectoryItem root, List<String> folders) throws BurnException {
    for (String folder : folders) {
      try {
        root.addTree(folder, true);
      } catch (ComException e) {
        if (e.getHRESULT() == IMAPI_E_IMAGE_SIZE_LIMIT) {
          listener.notice(folder + " does not fit on the disc.");
          return false;
        }
        throw new BurnException("adding " + folder, e);
      }
    }
    return true;
  }

  private BurnOutcome write(IDiscFormat2Data writer, IStream image) throws BurnException {
    try {
      writer.write(image);
      return BurnOutcome.BURNED;
    } catch (ComException e) {
      switch (e.getHRESULT()) {
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
  }
}
